package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Owners, requests and the review queue in a real browser, by keyboard: a restricted reader asks the owner to
 * re-confirm a piece from the panel; the owner finds it in "My evidence to review" (top navigation), re-confirms it
 * with one note for the selection, and hands a piece over from the library; the project queue shows the trust figure
 * and a project the reader may not browse shows nothing of it. Axe-clean; screenshots {@code owners-*}.
 */
public class OwnershipBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static long piece(String text, LocalDate observed) throws Exception {
        ObjectNode e = Api.evidence(text).put("sourceKind", "USABILITY_TEST").put("observedOn", observed.toString());
        long id = Api.createEvidence("pm", e).get("id").asLong();
        Api.ok(201, Api.post("/issues/DEMO-49/links", "pm", Api.object().put("evidenceId", id).put("relation", "SUPPORTS")));
        return id;
    }

    @Test
    public void aReaderAsksFromThePanelAndTheOwnerReconfirmsFromTheQueue() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("bown");
        long id = piece("Browser owners " + word + " fresh quote", LocalDate.now().minusDays(3));

        WebDriver browser = Browser.signIn("viewer", "/browse/DEMO-49");
        WebElement item = waiting(browser).until(b -> b.findElement(By.id("empathy-evidence-" + id)));
        assertTrue(item.getText(), item.getText().contains("Owner: Priya Patel \u00b7 Review by"));
        WebElement ask = item.findElement(By.cssSelector(".empathy-request summary"));
        ask.sendKeys(Keys.ENTER);
        WebElement note = item.findElement(By.cssSelector(".empathy-request-form textarea"));
        waiting(browser).until(b -> note.isDisplayed());
        item.findElement(By.cssSelector(".empathy-request-form button[type=submit]")).sendKeys(Keys.ENTER);
        WebElement error = item.findElement(By.cssSelector(".empathy-request-form .empathy-field-error"));
        waiting(browser).until(b -> !error.getText().isEmpty());
        assertEquals("This field is required.", error.getText());
        note.sendKeys("Is this still true after the redesign? " + word);
        item.findElement(By.cssSelector(".empathy-request-form button[type=submit]")).sendKeys(Keys.ENTER);
        WebElement status = item.findElement(By.cssSelector(".empathy-request-status"));
        waiting(browser).until(b -> !status.getText().isEmpty());
        assertEquals("Sent. Priya Patel sees your request on this piece and in their review queue.", status.getText());
        assertEquals("axe-core on the panel with the request form (viewer)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("owners-panel-request");

        browser = Browser.signIn("pm", "/browse/DEMO-49");
        WebElement nav = browser.findElement(By.id("empathy-review-link"));
        nav.click();
        waiting(browser).until(b -> Browser.gone(nav));
        assertEquals("My evidence to review", browser.findElement(By.tagName("h1")).getText());
        WebElement row = browser.findElement(By.id("empathy-review-row-" + id));
        assertTrue(row.getText(), row.getText().contains("Someone asked for a re-confirmation"));
        assertTrue(row.getText(), row.getText().contains("1 open request to re-confirm"));
        assertEquals("axe-core on the review queue (pm)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("owners-review-queue");
        row.findElement(By.cssSelector(".empathy-review-select")).sendKeys(Keys.SPACE);
        WebElement reviewNote = browser.findElement(By.id("empathy-review-note"));
        reviewNote.sendKeys("Checked again in this week's calls " + word, Keys.ENTER);
        WebElement done = waiting(browser).until(b -> {
            WebElement d = b.findElement(By.id("empathy-review-done"));
            return d.isDisplayed() ? d : null;
        });
        assertEquals("Re-confirmed 1 piece of evidence.", done.getText());
        assertTrue(browser.findElements(By.id("empathy-review-row-" + id)).isEmpty());
    }

    @Test
    public void theOwnerHandsAPieceOverFromTheLibraryAndTheProjectQueueShowsTheTrustFigure() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("bhand");
        long id = piece("Browser hand-over " + word + " quote", LocalDate.now().minusDays(110));
        WebDriver browser = Browser.signIn("pm", LibraryHttpIT.PAGE + "?q=" + word);
        WebElement row = browser.findElement(By.id("empathy-row-" + id));
        assertTrue(row.getText(), row.getText().contains("Owner: Priya Patel"));
        row.findElement(By.cssSelector(".empathy-select")).sendKeys(Keys.SPACE);
        new Select(browser.findElement(By.id("empathy-bulk-action"))).selectByValue("HANDOVER");
        WebElement owner = browser.findElement(By.id("empathy-bulk-owner"));
        waiting(browser).until(b -> owner.isDisplayed());
        owner.sendKeys("nobody", Keys.ENTER);
        WebElement ownerError = browser.findElement(By.cssSelector("#empathy-bulk .empathy-field-error[data-field=owner]"));
        waiting(browser).until(b -> !ownerError.getText().isEmpty());
        assertTrue(ownerError.getText(), ownerError.getText().startsWith("There is no Jira user with the username \u201cnobody\u201d."));
        owner.clear();
        owner.sendKeys("admin", Keys.ENTER);
        WebElement done = browser.findElement(By.id("empathy-bulk-done"));
        waiting(browser).until(b -> done.isDisplayed() && done.getText().startsWith("Handed"));
        assertEquals("Handed 1 piece of evidence over to Alex Admin.", done.getText());
        waiting(browser).until(b -> b.findElement(By.id("empathy-row-" + id)).getText().contains("Owner: Alex Admin"));
        Browser.screenshot("owners-library-hand-over");

        browser = Browser.signIn("viewer", "/plugins/servlet/empathy/review?project=DEMO");
        assertEquals("Evidence to review in DEMO", browser.findElement(By.tagName("h1")).getText());
        String trust = browser.findElement(By.id("empathy-trust")).getText();
        assertTrue(trust, trust.matches("\\d+ % of the evidence behind open work is fresh .*"));
        assertTrue(browser.findElement(By.id("empathy-review-row-" + id)).getText().contains("Turns stale within 30 days"));
        assertTrue("a reader who may not edit gets no bulk form", browser.findElements(By.id("empathy-review-bulk")).isEmpty());
        assertEquals("axe-core on the project queue (viewer)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("owners-project-queue");
        browser.get(SharedWorkbench.url("/plugins/servlet/empathy/review?project=BILL").toString());
        String refused = browser.findElement(By.id("empathy-review")).getText();
        assertTrue(refused, refused.contains("There is no project BILL you can see."));
        assertFalse(refused, refused.contains("%"));
    }

    @Test
    public void theOwnerReconfirmsSeveralPiecesWithANoteForEach() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("beach");
        long first = piece("Browser note each " + word + " first", LocalDate.now().minusDays(3));
        long second = piece("Browser note each " + word + " second", LocalDate.now().minusDays(3));
        for (long id : new long[] {first, second}) {
            Api.ok(201, Api.post("/ownership/evidence/" + id + "/requests", "viewer", Api.object().put("note", "Still true? " + word)));
        }
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/review");
        WebElement each = browser.findElement(By.id("empathy-review-note-each"));
        assertFalse("one note for all at first", browser.findElement(By.id("empathy-review-piece-note-" + first)).isDisplayed());
        each.sendKeys(Keys.SPACE);
        WebElement firstNote = browser.findElement(By.id("empathy-review-piece-note-" + first));
        waiting(browser).until(b -> firstNote.isDisplayed());
        assertFalse("the note for all is gone", browser.findElement(By.id("empathy-review-note")).isDisplayed());
        browser.findElement(By.cssSelector("#empathy-review-row-" + first + " .empathy-review-select")).sendKeys(Keys.SPACE);
        browser.findElement(By.cssSelector("#empathy-review-row-" + second + " .empathy-review-select")).sendKeys(Keys.SPACE);
        firstNote.sendKeys("Heard in Monday's call " + word);
        browser.findElement(By.id("empathy-review-piece-note-" + second)).sendKeys("Seen again in the analytics " + word);
        assertEquals("axe-core on the review queue with a note for each piece (pm)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("owners-review-note-each");
        browser.findElement(By.id("empathy-review-run")).sendKeys(Keys.ENTER);
        WebElement done = waiting(browser).until(b -> {
            WebElement d = b.findElement(By.id("empathy-review-done"));
            return d.isDisplayed() ? d : null;
        });
        assertEquals("Re-confirmed 2 pieces of evidence.", done.getText());
        assertEquals("Heard in Monday's call " + word,
                Api.ok(200, Api.get("/evidence/" + first + "/reconfirmations", "pm")).get(0).get("note").asText());
        assertEquals("Seen again in the analytics " + word,
                Api.ok(200, Api.get("/evidence/" + second + "/reconfirmations", "pm")).get(0).get("note").asText());
    }
}
