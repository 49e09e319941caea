package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The researcher's jobs in the evidence library and the import page, in a real browser, by keyboard where it matters:
 * find evidence by its words, act on a selection, edit and retire in place (a conflict keeps what was typed), see
 * links and re-confirmations; a restricted reader sees counts, never content; import a CSV after a dry run.
 */
public class LibraryBrowserIT {

    private static List<Long> pieces(String word, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Api.createEvidence("pm", Api.evidence("Browser library " + word + " quote " + i)).get("id").asLong());
        }
        return ids;
    }

    /** Waits that look again when the page's script redraws a row under them (an element found mid-redraw is gone). */
    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static WebElement row(WebDriver browser, long id) {
        return browser.findElement(By.id("empathy-row-" + id));
    }

    @Test
    public void aSelectionIsReconfirmedWithOneNoteFromTheLibraryReachedFromTheTopNavigation() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("blib");
        List<Long> ids = pieces(word, 3);
        WebDriver browser = Browser.signIn("pm", "/browse/DEMO-30");
        WebElement nav = browser.findElement(By.id("empathy-library-link"));
        nav.click();
        waiting(browser).until(b -> Browser.gone(nav));
        assertEquals("Evidence library", browser.findElement(By.tagName("h1")).getText());

        WebElement q = browser.findElement(By.id("empathy-q"));
        q.sendKeys(word, Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(q));
        assertEquals("3 pieces of evidence match; showing 1 to 3.", browser.findElement(By.id("empathy-library-summary")).getText());
        assertEquals(word, browser.findElement(By.id("empathy-q")).getAttribute("value"));

        browser.findElement(By.id("empathy-select-all")).sendKeys(Keys.SPACE);
        assertEquals("3 pieces selected", browser.findElement(By.id("empathy-selection")).getText());
        row(browser, ids.get(2)).findElement(By.cssSelector(".empathy-select")).sendKeys(Keys.SPACE);
        assertEquals("2 pieces selected", browser.findElement(By.id("empathy-selection")).getText());
        WebElement note = browser.findElement(By.id("empathy-bulk-note"));
        note.sendKeys("Heard again in the " + word + " calls", Keys.ENTER);
        WebElement done = browser.findElement(By.id("empathy-bulk-done"));
        waiting(browser).until(b -> done.isDisplayed());
        assertEquals("Re-confirmed 2 pieces of evidence.", done.getText());
        waiting(browser).until(b -> row(b, ids.get(0)).getText().contains("Re-confirmed once"));
        WebElement history = row(browser, ids.get(0)).findElement(By.cssSelector(".empathy-library-history summary"));
        history.click();
        String shown = row(browser, ids.get(0)).findElement(By.cssSelector(".empathy-library-history")).getText();
        assertTrue(shown, shown.contains("Heard again in the " + word + " calls"));
        assertTrue(shown, shown.contains("by pm on"));
        assertTrue(row(browser, ids.get(2)).getText().contains("Never re-confirmed"));
        assertEquals("axe-core on the library (pm)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("library-pm");
    }

    @Test
    public void aSelectionIsReconfirmedWithANoteBesideEachPiece() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("bnote");
        List<Long> ids = pieces(word, 3);
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/library?q=" + word);
        browser.findElement(By.id("empathy-select-all")).sendKeys(Keys.SPACE);
        row(browser, ids.get(2)).findElement(By.cssSelector(".empathy-select")).sendKeys(Keys.SPACE);
        WebElement oneNote = browser.findElement(By.id("empathy-bulk-note"));
        assertTrue("one note for all is the default", oneNote.isDisplayed());
        assertFalse(browser.findElement(By.id("empathy-piece-note-" + ids.get(0))).isDisplayed());
        browser.findElement(By.id("empathy-bulk-note-each")).sendKeys(Keys.SPACE);
        assertFalse("a note for each hides the note for all", oneNote.isDisplayed());
        WebElement first = browser.findElement(By.id("empathy-piece-note-" + ids.get(0)));
        assertTrue(first.isDisplayed());
        assertEquals("Note for re-confirming \u201cBrowser library " + word + " quote 0\u201d (optional)",
                browser.findElement(By.cssSelector("label[for=empathy-piece-note-" + ids.get(0) + "]")).getText());
        first.sendKeys("Heard in the " + word + " call with a bookkeeper");
        browser.findElement(By.id("empathy-piece-note-" + ids.get(1))).sendKeys("Seen again in the " + word + " survey");
        browser.findElement(By.id("empathy-piece-note-" + ids.get(2))).sendKeys("Not selected: never sent");
        assertEquals("axe-core on the library with a note beside each piece", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("library-note-each");
        browser.findElement(By.id("empathy-bulk-run")).click();
        WebElement done = browser.findElement(By.id("empathy-bulk-done"));
        waiting(browser).until(b -> done.isDisplayed());
        assertEquals("Re-confirmed 2 pieces of evidence.", done.getText());
        assertEquals(List.of("Heard in the " + word + " call with a bookkeeper"), notes(ids.get(0)));
        assertEquals(List.of("Seen again in the " + word + " survey"), notes(ids.get(1)));
        assertEquals("the piece not selected was not re-confirmed", List.of(), notes(ids.get(2)));
        waiting(browser).until(b -> b.findElement(By.id("empathy-piece-note-" + ids.get(0))).isDisplayed());
    }

    private static List<String> notes(long id) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode r : Api.ok(200, Api.get("/evidence/" + id + "/reconfirmations", "pm"))) {
            out.add(r.path("note").asText(""));
        }
        return out;
    }

    @Test
    public void aRefusedBulkActionSaysWhyInPlaceAndKeepsWhatWasTyped() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("blib");
        List<Long> ids = pieces(word, 1);
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/library?q=" + word);
        row(browser, ids.get(0)).findElement(By.cssSelector(".empathy-select")).sendKeys(Keys.SPACE);
        new Select(browser.findElement(By.id("empathy-bulk-action"))).selectByValue("LINK");
        WebElement issue = browser.findElement(By.id("empathy-bulk-issue"));
        issue.sendKeys("NOPE-1");
        browser.findElement(By.id("empathy-bulk-note")).sendKeys("Typed " + word);
        browser.findElement(By.id("empathy-bulk-run")).click();
        WebElement error = browser.findElement(By.cssSelector(".empathy-field-error[data-field=issueKey]"));
        waiting(browser).until(b -> !error.getText().isEmpty());
        assertEquals("There is no issue NOPE-1 you can see. Check the key, like DEMO-1.", error.getText());
        assertEquals("NOPE-1", issue.getAttribute("value"));
        assertEquals("true", issue.getAttribute("aria-invalid"));
        assertEquals("Typed " + word, browser.findElement(By.id("empathy-bulk-note")).getAttribute("value"));
        Browser.screenshot("library-refused");

        issue.clear();
        issue.sendKeys("DEMO-30", Keys.ENTER);
        WebElement done = browser.findElement(By.id("empathy-bulk-done"));
        waiting(browser).until(b -> done.isDisplayed());
        assertEquals("Linked 1 piece of evidence to the issue.", done.getText());
        waiting(browser).until(b -> row(b, ids.get(0)).getText().contains("1 issue, no map items"));
        row(browser, ids.get(0)).findElement(By.cssSelector(".empathy-library-links summary")).click();
        String links = row(browser, ids.get(0)).findElement(By.cssSelector(".empathy-library-links")).getText();
        assertTrue(links, links.contains("DEMO-30 Reconcile a bank file in one step"));
        assertTrue(links, links.contains("Supports \u2014 linked by pm on"));
        assertTrue(links, links.contains("Typed " + word));
    }

    @Test
    public void evidenceIsEditedInPlaceAndAConflictSaysWhoChangedItKeepingWhatWasTyped() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("blib");
        long id = pieces(word, 1).get(0);
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/library?q=" + word);
        row(browser, id).findElement(By.cssSelector(".empathy-edit-open")).sendKeys(Keys.ENTER);
        WebElement text = waiting(browser).until(b -> row(b, id).findElement(By.cssSelector(".empathy-edit-form textarea")));
        // meanwhile the admin changes it
        JsonNode current = Api.ok(200, Api.get("/evidence/" + id, "admin"));
        ObjectNode change = Api.evidence("Changed by the admin " + word);
        change.put("version", current.get("version").asInt());
        Api.ok(200, Api.put("/evidence/" + id, "admin", change));

        text.clear();
        text.sendKeys("My better wording " + word);
        row(browser, id).findElement(By.cssSelector(".empathy-edit-form button[type=submit]")).click();
        WebElement message = row(browser, id).findElement(By.cssSelector(".empathy-edit-form .empathy-form-message"));
        waiting(browser).until(b -> message.isDisplayed());
        assertTrue(message.getText(), message.getText().startsWith("Someone else changed this evidence since you opened it: admin at "));
        assertEquals("My better wording " + word, text.getAttribute("value"));
        Browser.screenshot("library-conflict");

        // saving again replaces their change, knowingly
        row(browser, id).findElement(By.cssSelector(".empathy-edit-form button[type=submit]")).click();
        waiting(browser).until(b -> row(b, id).getText().contains("My better wording " + word));
        assertEquals("My better wording " + word, Api.ok(200, Api.get("/evidence/" + id, "pm")).get("text").asText());

        // and it is retired in place, with a reason
        row(browser, id).findElement(By.cssSelector(".empathy-retire-open")).sendKeys(Keys.ENTER);
        WebElement reason = waiting(browser).until(b -> row(b, id).findElement(By.cssSelector(".empathy-retire-form input[name=reason]")));
        reason.sendKeys(Keys.ENTER);
        WebElement reasonError = row(browser, id).findElement(By.cssSelector(".empathy-retire-form .empathy-field-error[data-field=reason]"));
        waiting(browser).until(b -> !reasonError.getText().isEmpty());
        assertEquals("This field is required.", reasonError.getText());
        reason.sendKeys("Superseded by round 3", Keys.ENTER);
        waiting(browser).until(b -> b.findElements(By.id("empathy-row-" + id)).isEmpty());
        assertEquals("RETIRED", Api.ok(200, Api.get("/evidence/" + id, "pm")).get("status").asText());
    }

    @Test
    public void aRestrictedReaderSeesCountsNeverContentAndNoWriteControls() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("blib");
        long id = pieces(word, 1).get(0);
        ObjectNode link = Api.object().put("action", "LINK").put("issueKey", "BILL-30");
        link.putArray("evidenceIds").add(id);
        Api.ok(200, Api.post("/library/bulk", "admin", link));
        WebDriver browser = Browser.signIn("viewer", "/plugins/servlet/empathy/library?q=" + word);
        WebElement r = row(browser, id);
        r.findElement(By.cssSelector(".empathy-library-links summary")).click();
        String links = r.findElement(By.cssSelector(".empathy-library-links")).getText();
        assertTrue(links, links.contains("Linked to 1 issue you can\u2019t see"));
        assertFalse(browser.getPageSource().contains("BILL-30"));
        assertFalse(browser.getPageSource().contains("Explain a failed payment"));
        assertTrue(r.findElements(By.cssSelector(".empathy-edit-open")).isEmpty());
        assertFalse(r.findElement(By.cssSelector(".empathy-select")).isEnabled());
        assertEquals("axe-core on the library (viewer)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("library-viewer");
    }

    @Test
    public void aCsvIsCheckedFixedAndImportedWithProgressAndASummary() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("bimp");
        String header = "text,section,sourceKind,project,observedOn,participant,participantConsent";
        String day = LocalDate.now().minusDays(3).toString();
        Path bad = Files.createTempFile("library-import", ".csv");
        Files.writeString(bad, header + "\r\nImported " + word + " one,PAINS,INTERVIEW,DEMO," + day + ",,\r\nImported " + word + " two,NOWHERE,INTERVIEW,DEMO," + day + ",,\r\n");
        Path good = Files.createTempFile("library-import", ".csv");
        Files.writeString(good, header + "\r\nImported " + word + " one,PAINS,INTERVIEW,DEMO," + day + ",,\r\nImported " + word + " two,GAINS,INTERVIEW,DEMO," + day + ",,\r\n");

        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/library");
        WebElement importLink = browser.findElement(By.id("empathy-import-link"));
        importLink.click();
        waiting(browser).until(b -> Browser.gone(importLink));
        assertEquals("Import evidence", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("empathy-import-check")).click();
        WebElement fileError = browser.findElement(By.cssSelector(".empathy-field-error[data-field=file]"));
        waiting(browser).until(b -> !fileError.getText().isEmpty());
        assertEquals("Choose a .csv file first, then check it.", fileError.getText());

        WebElement file = browser.findElement(By.id("empathy-import-file"));
        file.sendKeys(bad.toString());
        browser.findElement(By.id("empathy-import-check")).click();
        WebElement table = browser.findElement(By.id("empathy-import-errors"));
        waiting(browser).until(b -> table.isDisplayed());
        List<WebElement> cells = table.findElements(By.cssSelector("tbody tr td"));
        assertEquals("3", cells.get(0).getText());
        assertEquals("3", cells.get(1).getText());
        assertEquals("section", cells.get(2).getText());
        assertFalse(browser.findElement(By.id("empathy-import-run")).isEnabled());
        assertEquals("axe-core on the import page", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("import-dry-run");

        file.clear();
        file.sendKeys(good.toString());
        browser.findElement(By.id("empathy-import-check")).click();
        WebElement status = browser.findElement(By.id("empathy-import-status"));
        waiting(browser).until(b -> status.getText().startsWith("The file is ready:"));
        assertFalse(table.isDisplayed());
        WebElement run = browser.findElement(By.id("empathy-import-run"));
        assertTrue(run.isEnabled());
        run.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status.getText().startsWith("Imported:"));
        assertEquals("Imported: 2 pieces of evidence created, no new participants.", status.getText());
        assertEquals("100", browser.findElement(By.id("empathy-import-progress")).getAttribute("value"));
        Browser.screenshot("import-done");
        assertEquals(2, Api.ok(200, Api.get("/library?q=" + word, "pm")).get("total").asInt());
    }
}
