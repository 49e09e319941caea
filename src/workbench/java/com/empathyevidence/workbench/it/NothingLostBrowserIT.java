package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Nothing typed is lost, nothing is done twice" on the issue page, in a real browser: adding evidence is one request
 * that a retry cannot repeat, and no success message stays beside an error; the relation picker saves only on an
 * explicit choice and offers Undo; the link dialog links only what was picked and pages; fields show their limits and
 * never cut what was pasted; leaving a half-filled form asks first; a long unbroken title wraps. Each test writes to
 * DEMO-5 with evidence of its own. The page's requests are recorded by wrapping {@code fetch} (the browser still sends
 * them for real).
 */
public class NothingLostBrowserIT {

    private static final String ISSUE = "DEMO-5";

    /** Records every request the page makes; the first POST after {@code __failNext} is set reaches the server but its answer is lost. */
    private static final String RECORD = "window.__calls = []; window.__failNext = false; var real = window.fetch;"
            + "window.fetch = function (url, init) { var method = init && init.method || 'GET';"
            + " window.__calls.push(method + ' ' + url + ' ' + (init && init.body || ''));"
            + " var answer = real.apply(this, arguments);"
            + " if (window.__failNext && method === 'POST') { window.__failNext = false;"
            + "   return answer.then(function () { throw new TypeError('the connection dropped'); }); }"
            + " return answer; };";

    private static WebDriver open(String user) {
        WebDriver browser = Browser.signIn(user, "/browse/" + ISSUE);
        waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("empathy-evidence-panel")));
        js(browser, RECORD);
        return browser;
    }

    private static Object js(WebDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private static List<String> calls(WebDriver browser) {
        return (List<String>) js(browser, "return window.__calls.slice()");
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static WebElement panel(WebDriver browser) {
        return browser.findElement(By.id("empathy-evidence-panel"));
    }

    private static String status(WebDriver browser) {
        List<WebElement> s = browser.findElements(By.id("empathy-panel-status"));
        return s.isEmpty() ? "" : s.get(0).getText();
    }

    private static int found(String words) throws Exception {
        return Api.ok(200, Api.get("/evidence?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), "pm")).get("total").asInt();
    }

    private static WebElement openForm(WebDriver browser) {
        panel(browser).findElement(By.cssSelector(".empathy-add-open")).sendKeys(Keys.ENTER);
        return waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("empathy-f-text")));
    }

    private static void fill(WebDriver browser, String text) {
        browser.findElement(By.id("empathy-f-text")).sendKeys(text);
        new Select(browser.findElement(By.id("empathy-f-section"))).selectByValue("PAINS");
        new Select(browser.findElement(By.id("empathy-f-sourceKind"))).selectByValue("INTERVIEW");
    }

    /** Sets a field's value as a paste does (all at once) and tells the page. */
    private static void paste(WebDriver browser, WebElement field, String text) {
        js(browser, "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, text);
    }

    private static long link(long evidenceId, String relation) throws Exception {
        Api.ok(201, Api.post("/issues/" + ISSUE + "/links", "pm", Api.object().put("evidenceId", evidenceId).put("relation", relation)));
        return evidenceId;
    }

    private static String relationOnServer(long evidenceId) throws Exception {
        for (JsonNode e : Api.ok(200, Api.get("/issues/" + ISSUE + "/evidence", "pm")).get("evidence")) {
            if (e.get("id").asLong() == evidenceId) {
                return e.get("relation").asText();
            }
        }
        return null;
    }

    @Test
    public void addingEvidenceIsOneRequestARetryAfterALostAnswerMakesNoSecondCopyAndNoSuccessStaysBesideAnError() throws Exception {
        String first = "Reminders are sent by hand every Friday " + Api.unique("ONE");
        String second = "I send a reminder once more when the page hangs " + Api.unique("TWO");
        WebDriver browser = open("pm");
        openForm(browser);
        fill(browser, first);
        browser.findElement(By.cssSelector(".empathy-add-submit")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).contains("Evidence added and linked to this issue."));
        List<String> posts = calls(browser).stream().filter(c -> c.startsWith("POST")).toList();
        assertEquals("one request creates and links: " + posts, 1, posts.size());
        assertTrue(posts.get(0), posts.get(0).contains("/rest/empathy/1.0/issues/" + ISSUE + "/evidence "));

        // The next one: the server saves it, but its answer is lost on the way back.
        js(browser, "window.__calls = []; window.__failNext = true;");
        openForm(browser);
        fill(browser, second);
        browser.findElement(By.cssSelector(".empathy-add-submit")).sendKeys(Keys.ENTER);
        WebElement message = browser.findElement(By.cssSelector(".empathy-form-message"));
        waiting(browser).until(b -> message.isDisplayed() && message.getText().contains("Jira could not be reached."));
        assertEquals("the earlier success message does not stay beside the error", "", status(browser));
        assertEquals(second, browser.findElement(By.id("empathy-f-text")).getAttribute("value"));
        assertEquals("the server did save it", 1, found(second));

        // Saving again sends the same request with the same key: the server answers what it made, no second copy.
        browser.findElement(By.cssSelector(".empathy-add-submit")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).contains("Evidence added and linked to this issue."));
        assertEquals("no second copy", 1, found(second));
        List<String> retries = calls(browser).stream().filter(c -> c.startsWith("POST")).toList();
        assertEquals(2, retries.size());
        String key = Http.JSON.readTree(retries.get(0).substring(retries.get(0).indexOf('{'))).get("idempotencyKey").asText();
        assertTrue(key.length() >= 8);
        assertEquals("the retry carries the same idempotency key", key,
                Http.JSON.readTree(retries.get(1).substring(retries.get(1).indexOf('{'))).get("idempotencyKey").asText());
        assertEquals(1, panel(browser).findElements(By.xpath("//blockquote[contains(., '" + second.substring(second.length() - 12) + "')]")).size());
    }

    @Test
    public void theRelationPickerSavesOnAnExplicitChoiceNotOnEveryArrowKeyAndOffersUndo() throws Exception {
        ObjectNode in = Api.evidence("Arrow keys must not save my relation " + Api.unique("REL"));
        long id = link(Api.createEvidence("pm", in).get("id").asLong(), "ADDRESSES");
        WebDriver browser = open("pm");
        WebElement select = panel(browser).findElement(By.id("empathy-rel-e" + id));
        js(browser, "arguments[0].focus()", select);
        select.sendKeys(Keys.ARROW_DOWN); // ADDRESSES -> SUPPORTS: moving, not choosing
        assertEquals("SUPPORTS", select.getAttribute("value"));
        assertTrue("no save on an arrow key: " + calls(browser), calls(browser).stream().noneMatch(c -> c.startsWith("PUT")));
        select.sendKeys(Keys.ARROW_DOWN); // -> CONTRADICTS
        assertTrue(calls(browser).stream().noneMatch(c -> c.startsWith("PUT")));
        assertEquals("ADDRESSES", relationOnServer(id));
        select.sendKeys(Keys.ENTER); // the choice
        waiting(browser).until(b -> status(b).startsWith("Relation changed to Contradicts."));
        assertEquals("CONTRADICTS", relationOnServer(id));
        assertEquals("one save for the choice", 1, calls(browser).stream().filter(c -> c.startsWith("PUT")).count());
        WebElement undo = browser.findElement(By.cssSelector("#empathy-panel-status .empathy-undo"));
        undo.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).startsWith("Relation changed back to Addresses."));
        assertEquals("ADDRESSES", relationOnServer(id));

        // leaving the picker is a choice too
        select = panel(browser).findElement(By.id("empathy-rel-e" + id));
        js(browser, "arguments[0].focus()", select);
        select.sendKeys(Keys.ARROW_DOWN);
        select.sendKeys(Keys.TAB);
        waiting(browser).until(b -> status(b).startsWith("Relation changed to Supports."));
        assertEquals("SUPPORTS", relationOnServer(id));
    }

    @Test
    public void theLinkDialogLinksOnlyWhatWasPickedPagesAndFindsByAliasAndSourceTitle() throws Exception {
        String word = Api.unique("PAGED").toLowerCase(java.util.Locale.ROOT).replace("-", "");
        for (int i = 0; i < 22; i++) {
            Api.createEvidence("pm", Api.evidence("Quote " + i + " about " + word));
        }
        String alias = Api.unique("P");
        String title = "Diary study " + Api.unique("T");
        ObjectNode byAlias = Api.evidence("The statements arrive on the 5th");
        byAlias.put("participant", alias);
        byAlias.put("participantConsent", true);
        long aliasId = Api.createEvidence("pm", byAlias).get("id").asLong();
        ObjectNode byTitle = Api.evidence("I print the list for my manager");
        byTitle.put("sourceTitle", title);
        long titleId = Api.createEvidence("pm", byTitle).get("id").asLong();

        WebDriver browser = open("pm");
        panel(browser).findElement(By.cssSelector(".empathy-link-open")).sendKeys(Keys.ENTER);
        WebElement q = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("empathy-d-q")));
        q.sendKeys(word);
        WebElement resultsStatus = browser.findElement(By.cssSelector(".empathy-results-status"));
        waiting(browser).until(b -> resultsStatus.getText().equals("Showing 20 of 22."));
        assertEquals(20, browser.findElements(By.cssSelector("#empathy-d-results [role=option]")).size());
        WebElement more = browser.findElement(By.cssSelector(".empathy-load-more"));
        assertEquals("Show more results", more.getText());
        more.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.findElements(By.cssSelector("#empathy-d-results [role=option]")).size() == 22);
        assertEquals("22 results", resultsStatus.getText());
        assertFalse(more.isDisplayed());

        // Link with nothing picked: the highlighted first result is not linked.
        js(browser, "window.__calls = [];");
        browser.findElement(By.cssSelector(".empathy-link-submit")).sendKeys(Keys.ENTER);
        WebElement message = browser.findElement(By.cssSelector(".empathy-dialog-message"));
        waiting(browser).until(b -> message.isDisplayed());
        assertEquals("Pick a result first.", message.getText());
        assertTrue("nothing was linked: " + calls(browser), calls(browser).stream().noneMatch(c -> c.startsWith("POST")));

        // By participant alias, then by source title: Enter picks, a second Enter links.
        q.clear();
        q.sendKeys(alias);
        waiting(browser).until(b -> b.findElements(By.cssSelector("#empathy-d-results [role=option]")).size() == 1
                && !b.findElements(By.id("empathy-result-evidence-" + aliasId)).isEmpty());
        q.sendKeys(Keys.ENTER);
        assertEquals("true", browser.findElement(By.id("empathy-result-evidence-" + aliasId)).getAttribute("aria-selected"));
        q.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).contains("Linked to this issue."));
        assertEquals("SUPPORTS", relationOnServer(aliasId));

        panel(browser).findElement(By.cssSelector(".empathy-link-open")).sendKeys(Keys.ENTER);
        q = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("empathy-d-q")));
        q.clear();
        q.sendKeys(title);
        waiting(browser).until(b -> b.findElements(By.cssSelector("#empathy-d-results [role=option]")).size() == 1
                && !b.findElements(By.id("empathy-result-evidence-" + titleId)).isEmpty());
        assertTrue(browser.findElement(By.id("empathy-result-evidence-" + titleId)).getText().contains(title));
        q.sendKeys(Keys.ESCAPE);
    }

    @Test
    public void fieldsShowTheirLimitNeverCutPastedTextAndRefuseWithTheServersMessage() throws Exception {
        WebDriver browser = open("pm");
        WebElement text = openForm(browser);
        paste(browser, text, "x".repeat(4500));
        assertEquals("4,500 of 5,000 characters", browser.findElement(By.id("empathy-f-text-count")).getText());
        paste(browser, text, "\uD83D\uDE00".repeat(5001)); // counted as the server counts: code points, not UTF-16 units
        assertEquals("5,001 of 5,000 characters", browser.findElement(By.id("empathy-f-text-count")).getText());
        WebElement title = browser.findElement(By.id("empathy-f-sourceTitle"));
        title.sendKeys("t".repeat(201));
        assertEquals("typed text is never cut", 201, title.getAttribute("value").length());
        assertEquals("201 of 200 characters", browser.findElement(By.id("empathy-f-sourceTitle-count")).getText());

        // what the server says about the same values, word for word
        ObjectNode in = Api.evidence("\uD83D\uDE00".repeat(5001));
        in.put("sourceTitle", "t".repeat(201));
        JsonNode refused = Api.ok(400, Api.post("/evidence", "pm", in));
        new Select(browser.findElement(By.id("empathy-f-section"))).selectByValue("PAINS");
        new Select(browser.findElement(By.id("empathy-f-sourceKind"))).selectByValue("INTERVIEW");
        browser.findElement(By.cssSelector(".empathy-add-submit")).sendKeys(Keys.ENTER);
        for (JsonNode e : refused.get("fieldErrors")) {
            assertEquals(e.get("field").asText(), e.get("message").asText(),
                    browser.findElement(By.id("empathy-f-" + e.get("field").asText() + "-error")).getText());
        }
        assertEquals(2, refused.get("fieldErrors").size());
        assertEquals(5001 * 2, text.getAttribute("value").length());

        // The dialog's note keeps all of a long paste too (the API takes up to 1,000 characters).
        discard(browser);
        panel(browser).findElement(By.cssSelector(".empathy-link-open")).sendKeys(Keys.ENTER);
        WebElement note = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("empathy-d-note")));
        note.sendKeys("n".repeat(900));
        assertEquals(900, note.getAttribute("value").length());
        assertEquals("900 of 1,000 characters", browser.findElement(By.id("empathy-d-note-count")).getText());
        note.sendKeys(Keys.ESCAPE);
    }

    private static void discard(WebDriver browser) {
        browser.findElement(By.cssSelector(".empathy-add-cancel")).sendKeys(Keys.ENTER);
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".empathy-discard-yes"))).sendKeys(Keys.ENTER);
        waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("empathy-add-form")));
    }

    @Test
    public void leavingAHalfFilledFormAsksFirst() throws Exception {
        WebDriver browser = open("pm");
        WebElement text = openForm(browser);
        text.sendKeys("Half a quote");
        browser.findElement(By.cssSelector(".empathy-add-cancel")).sendKeys(Keys.ENTER);
        WebElement ask = waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".empathy-discard")));
        assertTrue(ask.getText().startsWith("Discard what you typed? It has not been saved."));
        assertTrue("the form stays open", text.isDisplayed());
        assertEquals("Keep editing", browser.switchTo().activeElement().getText());
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".empathy-discard")));
        assertEquals("Half a quote", text.getAttribute("value"));
        text.sendKeys(Keys.ESCAPE); // Escape asks too
        waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".empathy-discard-yes"))).sendKeys(Keys.ENTER);
        waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("empathy-add-form")));
        assertEquals("", openForm(browser).getAttribute("value"));
        // an empty form closes without asking
        browser.findElement(By.cssSelector(".empathy-add-cancel")).sendKeys(Keys.ENTER);
        waiting(browser).until(ExpectedConditions.invisibilityOfElementLocated(By.id("empathy-add-form")));
    }

    @Test
    public void aLongUnbrokenSourceTitleWrapsInsteadOfWideningThePage() throws Exception {
        ObjectNode in = Api.evidence("A quote with a very long source title " + Api.unique("WRAP"));
        in.put("sourceTitle", "Recording_" + "x".repeat(160));
        in.put("sourceLink", "https://research.example.com/" + "y".repeat(170));
        link(Api.createEvidence("pm", in).get("id").asLong(), "SUPPORTS");
        WebDriver browser = open("pm");
        assertEquals("the panel is no wider than its column", Boolean.TRUE,
                js(browser, "var p = document.getElementById('empathy-evidence-panel'); return p.scrollWidth <= p.clientWidth;"));
        assertEquals("the page does not scroll sideways", Boolean.TRUE,
                js(browser, "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"));
    }
}
