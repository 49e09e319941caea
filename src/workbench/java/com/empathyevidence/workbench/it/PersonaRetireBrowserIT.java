package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
 * On the personas page, in a real browser and by keyboard: a persona is retired with a reason (its map then says so,
 * offers no changes, and the persona is marked in the list) and restored; an edit of a persona or a map item that
 * someone else changed meanwhile is refused in place with who changed it and when, keeping what was typed.
 */
public class PersonaRetireBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // the map is drawn again after every change
        return wait;
    }

    private static void loaded(WebDriver browser) {
        waiting(browser).until(b -> "true".equals(b.findElement(By.id("empathy-personas")).getAttribute("data-loaded")));
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.id("empathy-personas-status")).getText();
    }

    @Test
    public void aPersonaIsRetiredWithAReasonAndRestoredByKeyboard() throws Exception {
        SharedWorkbench.get();
        String key = Api.personaKey("BRET");
        Api.createPersona(key);
        Api.ok(201, Api.post("/personas/" + key + "/items", "pm", Api.object().put("section", "PAINS").put("statement", "Chases approvals")));
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/personas?persona=" + key);
        loaded(browser);
        assertTrue(browser.findElement(By.id("empathy-persona-retired")).getAttribute("hidden") != null);

        // no reason: refused in place
        WebElement reason = browser.findElement(By.id("empathy-retire-reason"));
        reason.sendKeys(Keys.ENTER);
        WebElement error = browser.findElement(By.cssSelector("#empathy-persona-retire .empathy-field-error[data-field=reason]"));
        waiting(browser).until(b -> !error.getText().isEmpty());
        assertEquals("This field is required.", error.getText());
        assertEquals(reason, browser.switchTo().activeElement());

        reason.sendKeys("Merged into the accountant persona", Keys.ENTER);
        waiting(browser).until(b -> status(b).startsWith("Retired the persona"));
        WebElement line = browser.findElement(By.id("empathy-persona-retired-line"));
        assertTrue(line.getText(), line.getText().matches("This persona was retired on \\d{1,2} [A-Z][a-z]{2} \\d{4} by Priya Patel: "
                + "Merged into the accountant persona\\. The map is kept for reference\\."));
        assertEquals("focus on the restore button", "empathy-restore-run", browser.switchTo().activeElement().getAttribute("id"));
        // no write controls on a retired persona's map, and it is marked in the list
        assertTrue(browser.findElements(By.cssSelector("#empathy-map-sections .empathy-item-edit")).isEmpty());
        assertFalse(browser.findElement(By.id("empathy-item-add")).isDisplayed());
        assertFalse(browser.findElement(By.id("empathy-persona-retire")).isDisplayed());
        WebElement entry = browser.findElement(By.cssSelector("#empathy-persona-list a[data-key='" + key + "']")).findElement(By.xpath(".."));
        assertEquals("retired", entry.findElement(By.cssSelector(".empathy-retired-lozenge")).getAttribute("textContent"));
        assertEquals("axe-core on a retired persona", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("personas-retired");

        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).startsWith("Restored the persona"));
        assertFalse(browser.findElement(By.id("empathy-persona-retired")).isDisplayed());
        waiting(browser).until(b -> !b.findElements(By.cssSelector("#empathy-map-sections .empathy-item-edit")).isEmpty());
        assertFalse(Api.ok(200, Api.get("/personas/" + key, "pm")).get("retired").asBoolean());
    }

    @Test
    public void editsSomeoneElseChangedMeanwhileAreRefusedInPlaceKeepingWhatWasTyped() throws Exception {
        SharedWorkbench.get();
        String key = Api.personaKey("BVER");
        Api.createPersona(key);
        long id = Api.ok(201, Api.post("/personas/" + key + "/items", "pm", Api.object().put("section", "PAINS").put("statement", "Re-keys invoices")))
                .get("id").asLong();
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/personas?persona=" + key);
        loaded(browser);

        // the administrator renames the persona and rewords the item while this page is open
        Api.ok(200, Api.put("/personas/" + key, "admin", Api.object().put("name", "Renamed by Alex").put("version", 1)));
        Api.ok(200, Api.put("/personas/items/" + id, "admin", Api.object().put("section", "PAINS").put("statement", "Reworded by Alex").put("version", 1)));

        WebElement name = browser.findElement(By.id("empathy-edit-name"));
        name.clear();
        name.sendKeys("My new name", Keys.ENTER);
        WebElement personaError = browser.findElement(By.cssSelector("#empathy-persona-edit .empathy-form-error"));
        waiting(browser).until(b -> !personaError.getText().isEmpty());
        assertTrue(personaError.getText(), personaError.getText().matches("That did not work: Persona " + key + " was changed by Alex Admin on "
                + "\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC since you opened it\\. What you typed is still here: .*"));
        assertEquals("My new name", name.getAttribute("value"));
        assertEquals("Renamed by Alex", Api.ok(200, Api.get("/personas/" + key, "pm")).get("name").asText());

        WebElement edit = browser.findElement(By.cssSelector("#empathy-item-" + id + " .empathy-item-edit"));
        edit.sendKeys(Keys.ENTER);
        WebElement statement = waiting(browser).until(b -> b.findElement(By.id("empathy-item-statement-" + id)));
        statement.clear();
        statement.sendKeys("My own wording", Keys.ENTER);
        WebElement itemError = browser.findElement(By.cssSelector("#empathy-item-" + id + " .empathy-item-edit-form .empathy-form-error"));
        waiting(browser).until(b -> !itemError.getText().isEmpty());
        assertTrue(itemError.getText(), itemError.getText().matches("That did not work: This map item was changed by Alex Admin on "
                + "\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC since you opened it\\. .*"));
        assertEquals("My own wording", statement.getAttribute("value"));
        JsonNode stored = Api.ok(200, Api.get("/personas/items/" + id, "pm"));
        assertEquals("Reworded by Alex", stored.get("statement").asText());
        assertEquals("axe-core with both refusals shown", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("personas-conflict");
    }
}
