package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin's and researcher's jobs on the personas page, in a real browser and by keyboard: create and edit a
 * persona (bad input named in place, nothing typed lost), add, edit, move and delete map items, back and unback
 * evidence found by its words; a reader who may not edit sees the page read-only and hidden evidence as a count.
 */
public class PersonasBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // the map is drawn again after every change
        return wait;
    }

    private static void loaded(WebDriver browser) {
        waiting(browser).until(b -> "true".equals(b.findElement(By.id("empathy-personas")).getAttribute("data-loaded")));
    }

    private static WebElement item(WebDriver browser, long id) {
        return browser.findElement(By.id("empathy-item-" + id));
    }

    private static long itemId(String persona, String statement) throws Exception {
        for (JsonNode i : Api.ok(200, Api.get("/personas/" + persona + "/items", "pm"))) {
            if (i.get("statement").asText().equals(statement)) {
                return i.get("id").asLong();
            }
        }
        throw new AssertionError("no item " + statement);
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.id("empathy-personas-status")).getText();
    }

    @Test
    public void aPersonaIsCreatedFromTheTopNavigationAndBadInputIsNamedInPlaceKeepingWhatWasTyped() throws Exception {
        SharedWorkbench.get();
        String key = Api.personaKey("BPER");
        WebDriver browser = Browser.signIn("pm", "/browse/DEMO-30");
        WebElement nav = browser.findElement(By.id("empathy-personas-link"));
        nav.click();
        waiting(browser).until(b -> Browser.gone(nav));
        loaded(browser);
        assertEquals("Personas and their maps", browser.findElement(By.tagName("h1")).getText());

        WebElement keyField = browser.findElement(By.id("empathy-new-key"));
        keyField.sendKeys("lower case");
        browser.findElement(By.id("empathy-new-name")).sendKeys("Browser persona " + key);
        browser.findElement(By.id("empathy-new-description")).sendKeys("Typed description");
        browser.findElement(By.id("empathy-new-name")).sendKeys(Keys.ENTER);
        WebElement error = browser.findElement(By.cssSelector("#empathy-persona-create .empathy-field-error[data-field=key]"));
        waiting(browser).until(b -> !error.getText().isEmpty());
        String expected = Api.error(400, null, Api.post("/personas", "pm", persona("lower case", "x"))).get("fieldErrors").get(0).get("message").asText();
        assertEquals(expected, error.getText());
        assertEquals("true", keyField.getAttribute("aria-invalid"));
        assertEquals("lower case", keyField.getAttribute("value"));
        assertEquals("Typed description", browser.findElement(By.id("empathy-new-description")).getAttribute("value"));
        assertEquals("axe-core on the personas page with a refusal", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("personas-refused");

        keyField.clear();
        keyField.sendKeys(key, Keys.ENTER);
        waiting(browser).until(b -> b.getCurrentUrl().contains("persona=" + key));
        loaded(browser);
        assertEquals("Created the persona Browser persona " + key + ".", status(browser));
        assertEquals("Browser persona " + key + " (" + key + ")", browser.findElement(By.id("empathy-persona-heading")).getText());
        assertEquals("Typed description", Api.ok(200, Api.get("/personas/" + key, "pm")).get("description").asText());

        WebElement name = browser.findElement(By.id("empathy-edit-name"));
        name.clear();
        name.sendKeys("Renamed " + key, Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("Saved the persona."));
        assertEquals("Renamed " + key, Api.ok(200, Api.get("/personas/" + key, "pm")).get("name").asText());
        assertEquals("Renamed " + key + " (" + key + ")", browser.findElement(By.id("empathy-persona-heading")).getText());
    }

    private static ObjectNode persona(String key, String name) {
        ObjectNode p = Api.object();
        p.put("key", key);
        p.put("name", name);
        return p;
    }

    @Test
    public void mapItemsAreAddedMovedBackedUnbackedAndDeletedByKeyboard() throws Exception {
        SharedWorkbench.get();
        String key = Api.personaKey("BMAP");
        Api.createPersona(key);
        String word = Api.unique("bmapq");
        ObjectNode other = Api.evidence("Other persona quote " + word);
        Api.createEvidence("pm", other);
        ObjectNode mine = Api.evidence("Browser persona quote " + word);
        mine.put("personaKey", key);
        long evidence = Api.createEvidence("pm", mine).get("id").asLong();
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/personas?persona=" + key);
        loaded(browser);

        // add under Pains; an empty statement is refused in place first
        WebElement section = browser.findElement(By.id("empathy-add-section"));
        section.sendKeys("Pains");
        WebElement statement = browser.findElement(By.id("empathy-add-statement"));
        statement.sendKeys(Keys.ENTER);
        WebElement error = browser.findElement(By.cssSelector("#empathy-item-add .empathy-field-error[data-field=statement]"));
        waiting(browser).until(b -> !error.getText().isEmpty());
        assertEquals("true", statement.getAttribute("aria-invalid"));
        String text = "Re-keys invoices " + word;
        statement.sendKeys(text, Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("Added \u201c" + text + "\u201d under Pains."));
        long id = itemId(key, text);
        waiting(browser).until(b -> b.findElements(By.cssSelector("#empathy-section-PAINS #empathy-item-" + id)).size() == 1);
        assertTrue(item(browser, id).getText().contains("assumption: no evidence backs it"));

        // move to Feels by keyboard: focus the item's edit button, Enter, choose the section with the keys, Enter
        item(browser, id).findElement(By.cssSelector(".empathy-item-edit")).sendKeys(Keys.ENTER);
        WebElement move = browser.switchTo().activeElement();
        assertEquals("empathy-item-section-" + id, move.getAttribute("id"));
        move.sendKeys("Feels");
        move.sendKeys(Keys.TAB);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("Moved \u201c" + text + "\u201d to Feels."));
        waiting(browser).until(b -> b.findElements(By.cssSelector("#empathy-section-FEELS #empathy-item-" + id)).size() == 1);
        assertEquals("FEELS", Api.ok(200, Api.get("/personas/items/" + id, "pm")).get("section").asText());
        assertEquals("empathy-item-edit", browser.switchTo().activeElement().getAttribute("class").replace("aui-button ", ""));

        // back with evidence found by its words
        item(browser, id).findElement(By.cssSelector(".empathy-item-back")).sendKeys(Keys.ENTER);
        WebElement q = browser.switchTo().activeElement();
        q.sendKeys(word, Keys.ENTER);
        WebElement pick = waiting(browser).until(b -> b.findElement(By.cssSelector("#empathy-item-" + id + " .empathy-back-pick")));
        // only this persona's evidence is offered: the map shows only the persona's own evidence
        assertEquals(1, browser.findElements(By.cssSelector("#empathy-item-" + id + " .empathy-back-pick")).size());
        assertEquals(String.valueOf(evidence), pick.findElement(By.xpath("..")).getAttribute("data-evidence"));
        pick.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("The item is now backed by that evidence."));
        waiting(browser).until(b -> item(b, id).getText().contains("backed by 1 piece of evidence"));
        assertTrue(item(browser, id).getText().contains("Browser persona quote " + word));
        assertEquals("axe-core on the personas page (pm)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("personas-map");

        // unback, then delete
        item(browser, id).findElement(By.cssSelector(".empathy-unback")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("That evidence no longer backs the item."));
        waiting(browser).until(b -> item(b, id).getText().contains("assumption: no evidence backs it"));
        int backing = -1;
        for (JsonNode s : Api.ok(200, Api.get("/personas/" + key + "/map", "pm")).get("sections")) {
            for (JsonNode i : s.get("items")) {
                if (i.get("id").asLong() == id) {
                    backing = i.get("evidenceTotal").asInt();
                }
            }
        }
        assertEquals(0, backing);
        item(browser, id).findElement(By.cssSelector(".empathy-item-delete")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("Deleted \u201c" + text + "\u201d."));
        // the script says so first, then redraws the map: wait for the redraw
        waiting(browser).until(b -> b.findElements(By.id("empathy-item-" + id)).isEmpty());
        Api.error(404, null, Api.get("/personas/items/" + id, "pm"));
    }

    @Test
    public void aReaderWhoMayNotEditSeesThePageReadOnlyAndHiddenEvidenceAsACount() throws Exception {
        SharedWorkbench.get();
        String key = Api.personaKey("BRO");
        Api.createPersona(key);
        ObjectNode item = Api.object();
        item.put("section", "PAINS");
        item.put("statement", "Waits for month end " + key);
        long id = Api.ok(201, Api.post("/personas/" + key + "/items", "pm", item)).get("id").asLong();
        String hiddenText = "Secret billing quote " + key;
        ObjectNode e = Api.evidence(hiddenText);
        e.put("project", "BILL");
        e.put("personaKey", key);
        long hidden = Api.createEvidence("pm", e).get("id").asLong();
        Api.ok(204, Api.post("/personas/items/" + id + "/evidence", "pm", backing(hidden)));
        ObjectNode v = Api.evidence("Visible demo quote " + key);
        v.put("personaKey", key);
        long visible = Api.createEvidence("pm", v).get("id").asLong();
        Api.ok(204, Api.post("/personas/items/" + id + "/evidence", "pm", backing(visible)));

        WebDriver browser = Browser.signIn("viewer", "/plugins/servlet/empathy/personas?persona=" + key);
        loaded(browser);
        assertTrue(browser.findElement(By.id("empathy-personas-readonly")).getText().contains("not change them"));
        assertTrue(browser.findElements(By.id("empathy-persona-create")).isEmpty());
        assertTrue(browser.findElements(By.id("empathy-item-add")).isEmpty());
        assertTrue(browser.findElements(By.id("empathy-persona-edit")).isEmpty());
        waiting(browser).until(b -> b.findElements(By.id("empathy-item-" + id)).size() == 1);
        String row = item(browser, id).getText();
        assertTrue(row, row.contains("Visible demo quote " + key));
        assertTrue(row, row.contains("backed by 1 piece of evidence"));
        assertTrue(item(browser, id).findElements(By.tagName("button")).isEmpty());
        String page = browser.findElement(By.id("empathy-personas")).getText();
        assertFalse(page, page.contains(hiddenText));
        assertEquals("1 piece of evidence in this section is from projects you can\u2019t see.",
                browser.findElement(By.cssSelector("#empathy-section-PAINS .empathy-hidden-count")).getText());
        assertEquals("axe-core on the personas page (viewer)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("personas-viewer");
    }

    private static ObjectNode backing(long evidenceId) {
        ObjectNode b = Api.object();
        b.put("evidenceId", evidenceId);
        return b;
    }
}
