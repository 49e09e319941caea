package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's jobs on the app configuration page, in a real browser and by keyboard: open it from the plugin
 * manager, see a shelf life's effect before saving it (a bad value is named in place and stays typed), edit a
 * participant (a conflict keeps what was typed), erase one with the alias typed again and find the erasure in the log.
 */
public class AdminConfigBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static void press(WebElement button) {
        button.sendKeys(Keys.ENTER);
    }

    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    @Test
    public void aProjectsShelfLifeIsSavedAfterSeeingItsEffectFromThePluginManagersConfigureLink() throws Exception {
        SharedWorkbench.get();
        // A piece of its own that 160 days would turn stale, so the effect is there whatever ran before (the demo data
        // has no evidence from other sources).
        ObjectNode own = Api.evidence("Admin page policy effect " + Api.unique("eff"));
        own.put("sourceKind", "OTHER");
        own.put("observedOn", java.time.LocalDate.now().minusDays(170).toString());
        Api.createEvidence("pm", own);
        try {
            WebDriver browser = Browser.signIn("admin", "/");
            WebElement configure = browser.findElement(By.id("upm-configure-link"));
            press(configure);
            waiting(browser).until(b -> Browser.gone(configure));
            assertEquals("Empathy Evidence configuration", browser.findElement(By.tagName("h1")).getText());

            new Select(browser.findElement(By.id("empathy-policy-project"))).selectByValue("DEMO");
            WebElement show = browser.findElement(By.id("empathy-policy-show"));
            press(show);
            waiting(browser).until(b -> Browser.gone(show));
            assertEquals("DEMO", browser.findElement(By.id("empathy-policy-form")).getAttribute("data-project"));

            WebElement other = browser.findElement(By.id("empathy-shelf-OTHER"));
            assertEquals("180", other.getAttribute("value"));
            retype(other, "3");
            press(browser.findElement(By.id("empathy-policy-effect")));
            WebElement error = browser.findElement(By.id("empathy-shelf-OTHER-error"));
            waiting(browser).until(b -> !error.getText().isEmpty());
            assertEquals("Use a number from 7 to 3,650.", error.getText());
            assertEquals("true", other.getAttribute("aria-invalid"));
            assertEquals("3", other.getAttribute("value"));
            assertEquals("180", Api.ok(200, Api.get("/policy/projects/DEMO", "admin")).get("shelfLifeDays").get("OTHER").asText());
            assertEquals("axe-core on the configuration page with a refused value", List.of(), Axe.seriousViolations(browser));

            retype(other, "160");
            press(browser.findElement(By.id("empathy-policy-effect")));
            WebElement status = browser.findElement(By.id("empathy-policy-status"));
            waiting(browser).until(b -> status.getText().contains("would turn stale"));
            assertEquals("", error.getText());
            String effect = status.getText();
            assertTrue(effect, effect.matches("(No piece of evidence would turn stale|1 piece of evidence would turn stale|\\d+ pieces of evidence would turn stale), none would be fresh again\\..*"));
            Browser.screenshot("admin-config-policy");

            press(browser.findElement(By.id("empathy-policy-save")));
            waiting(browser).until(b -> status.getText().startsWith("The freshness policy is saved."));
            assertEquals(160, Api.ok(200, Api.get("/policy/projects/DEMO", "admin")).get("shelfLifeDays").get("OTHER").asInt());
        } finally {
            ObjectNode reset = Api.object();
            reset.putNull("OTHER");
            Api.ok(200, Api.put("/policy/projects/DEMO", "admin", reset));
        }
    }

    @Test
    public void aParticipantIsEditedThenErasedWithTheAliasTypedAgainAndTheErasureIsLogged() throws Exception {
        SharedWorkbench.get();
        String alias = Api.unique("P-ADM");
        ObjectNode p = Api.object();
        p.put("alias", alias);
        p.put("segment", "SMB");
        p.put("role", "Accountant");
        p.put("consent", true);
        JsonNode created = Api.ok(201, Api.post("/participants", "pm", p));
        ObjectNode quote = Api.evidence("Admin page quote of " + alias);
        quote.put("participantAlias", alias);
        Api.createEvidence("pm", quote);

        WebDriver browser = Browser.signIn("admin", "/plugins/servlet/empathy/admin");
        WebElement q = browser.findElement(By.id("empathy-participant-q"));
        q.sendKeys(alias, Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(q));
        assertEquals("Participants 1 to 1 of 1", browser.findElement(By.id("empathy-participants-summary")).getText());
        WebElement row = browser.findElement(By.cssSelector("tr.empathy-participant[data-alias='" + alias + "']"));
        String rowId = row.getAttribute("id");

        press(row.findElement(By.cssSelector(".empathy-participant-edit")));
        WebElement segment = browser.findElement(By.id("empathy-segment-" + created.get("id").asText()));
        assertEquals(segment, browser.switchTo().activeElement());
        retype(segment, "Enterprise");
        segment.sendKeys(Keys.ENTER);
        WebElement status = browser.findElement(By.id("empathy-participants-status"));
        waiting(browser).until(b -> status.getText().equals("Participant " + alias + " is saved."));
        // the row is drawn again after the save: look for it again until it shows the new segment
        waiting(browser).until(b -> "Enterprise".equals(b.findElement(By.cssSelector("#" + rowId + " .empathy-participant-segment")).getText()));

        // someone else changes the participant meanwhile: saving is refused and what was typed stays
        JsonNode now = Api.ok(200, Api.get("/participants/" + alias, "pm"));
        ObjectNode other = (ObjectNode) now.deepCopy();
        other.put("role", "Controller");
        Api.ok(200, Api.put("/participants/" + alias, "pm", other));
        press(browser.findElement(By.cssSelector("#" + rowId + " .empathy-participant-edit")));
        WebElement role = browser.findElement(By.id("empathy-role-" + created.get("id").asText()));
        retype(role, "Head of finance");
        role.sendKeys(Keys.ENTER);
        WebElement formError = browser.findElement(By.cssSelector("#empathy-participant-form-" + created.get("id").asText() + " .empathy-field-error[data-field='']"));
        waiting(browser).until(b -> formError.getText().startsWith("Someone changed this participant"));
        assertEquals("Head of finance", role.getAttribute("value"));
        assertEquals("Controller", Api.ok(200, Api.get("/participants/" + alias, "pm")).get("role").asText());
        assertEquals("axe-core on the participants with an edit refused", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("admin-config-participants");

        // erase: the alias typed wrongly is named in place and stays; typed again, the participant is erased and logged
        browser.navigate().refresh();
        WebElement erase = browser.findElement(By.cssSelector("#" + rowId + " .empathy-participant-erase"));
        press(erase);
        WebElement confirm = browser.findElement(By.id("empathy-confirm-" + created.get("id").asText()));
        assertEquals(confirm, browser.switchTo().activeElement());
        confirm.sendKeys(alias + "X", Keys.ENTER);
        WebElement confirmError = browser.findElement(By.cssSelector("#empathy-erase-form-" + created.get("id").asText() + " .empathy-field-error[data-field='confirmAlias']"));
        waiting(browser).until(b -> !confirmError.getText().isEmpty());
        assertEquals("Type the alias " + alias + " again to confirm. Erasing can\u2019t be undone.", confirmError.getText());
        assertEquals(alias + "X", confirm.getAttribute("value"));
        assertEquals(false, Api.ok(200, Api.get("/participants/" + alias, "admin")).get("erased").asBoolean());

        retype(confirm, alias);
        confirm.sendKeys(Keys.ENTER);
        WebElement done = browser.findElement(By.id("empathy-participants-status"));
        waiting(browser).until(b -> done.getText().startsWith("Participant " + alias + " is erased."));
        assertEquals("Participant " + alias + " is erased. 1 quote was redacted.", done.getText());
        WebElement log = browser.findElement(By.id("empathy-erasures-table"));
        String first = log.findElement(By.cssSelector("tbody tr")).getText();
        assertTrue(first, first.startsWith("admin "));
        assertTrue("the log says who and when, never whom: " + log.getText(), !log.getText().contains(alias));
        assertEquals("axe-core on the participants after an erasure", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("admin-config-erased");
    }

    @Test
    public void aProjectManagerGetsJirasPermissionPage() throws Exception {
        SharedWorkbench.get();
        WebDriver browser = Browser.signIn("pm", "/plugins/servlet/empathy/admin");
        assertEquals("Permission Violation", browser.findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), browser.findElements(By.id("empathy-admin")));
    }
}
