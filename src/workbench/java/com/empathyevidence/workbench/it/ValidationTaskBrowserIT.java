package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.WorkbenchServer;
import com.empathyevidence.workbench.web.PagesServlet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * validation (issue 17) in a real browser, in the workbench's Confluence: a product manager creates a validation task
 * from an assumption, keyboard only (the summary prefilled from the statement, a problem said at the field, a failure
 * said in the form with what was typed kept), the new issue is in Jira and the map says "Being validated in KEY (To
 * Do)"; a reader who may not create issues in the project sees the line and no action. Axe finds nothing serious.
 */
public class ValidationTaskBrowserIT {

    /** A map page of its own (persona, two assumptions), so each test, and its re-run, starts from the same state. */
    private record MapPage(String page, String fears, String doubts) {
    }

    private static MapPage newMap() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("VTB");
        Api.createPersona(persona);
        String fears = "Fears losing unsaved work " + persona;
        String doubts = "Doubts the VAT totals " + persona;
        Api.ok(201, Api.post("/personas/" + persona + "/items", "pm", Api.object().put("section", "FEELS").put("statement", fears)));
        Api.ok(201, Api.post("/personas/" + persona + "/items", "pm", Api.object().put("section", "THINKS").put("statement", doubts)));
        String id = "validation-" + persona.toLowerCase(java.util.Locale.ROOT);
        PagesServlet.PAGES.putIfAbsent(id, new PagesServlet.DemoPage(id, "Persona " + persona, "A map whose assumptions a test validates.",
                Map.of("persona", persona, "validationProject", "DEMO", "validationIssueType", "Task")));
        return new MapPage("/wiki/spaces/RES/pages/" + id, fears, doubts);
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
    }

    private static WebElement focused(WebDriver browser) {
        return browser.switchTo().activeElement();
    }

    private static String status(WebDriver browser) {
        List<WebElement> found = browser.findElements(By.cssSelector(".empathy-map-status"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static WebElement itemWith(WebDriver browser, String statement) {
        for (WebElement li : browser.findElements(By.cssSelector(".empathy-map-item"))) {
            if (li.findElement(By.cssSelector(".empathy-map-statement")).getText().contains(statement)) {
                return li;
            }
        }
        return null;
    }

    @Test
    public void aProductManagerCreatesAValidationTaskAndTheMapSaysBeingValidated() throws Exception {
        MapPage map = newMap();
        String fears = map.fears();
        String doubts = map.doubts();
        WebDriver browser = Browser.signIn("pm", map.page());
        WebElement open = itemWith(browser, fears).findElement(By.cssSelector(".empathy-map-validate-open"));
        assertEquals("Create a validation task", open.getText());
        open.sendKeys(Keys.ENTER);
        WebElement summary = focused(browser);
        assertEquals("summary", summary.getAttribute("name"));
        assertEquals("the summary starts as the statement", fears, summary.getAttribute("value"));
        WebElement form = browser.findElement(By.cssSelector(".empathy-map-validate-form"));
        assertTrue(form.getText(), form.getText().contains("Creates a Task in Jira project DEMO, linked to this item as addressing it."));
        // too long: said at the field, nothing sent, the text kept
        summary.sendKeys(" " + "x".repeat(260));
        WebElement error = form.findElement(By.cssSelector(".empathy-map-field-error"));
        waiting(browser).until(b -> error.getText().startsWith("Use at most 255 characters"));
        summary.sendKeys(Keys.ENTER);
        assertTrue(summary.getAttribute("value").startsWith(fears + " xxx"));
        assertEquals("true", summary.getAttribute("aria-invalid"));
        Browser.screenshot("validation-task-form");
        assertEquals(List.of(), Axe.seriousViolations(browser));

        String wanted = "Interview five accountants about lost work " + map.page().substring(map.page().lastIndexOf("-") + 1);
        summary.clear();
        summary.sendKeys(wanted);
        summary.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).startsWith("Created DEMO-"));
        String key = status(browser).substring("Created ".length(), status(browser).indexOf(" to validate"));
        assertEquals("Created " + key + " to validate \u201c" + fears + "\u201d.", status(browser));
        WebElement item = itemWith(browser, fears);
        WebElement line = item.findElement(By.cssSelector(".empathy-map-validation"));
        assertEquals("Being validated in " + key + " (To Do)", line.getText());
        assertEquals(key, focused(browser).getText());
        assertTrue("one task per assumption", item.findElements(By.cssSelector(".empathy-map-validate-open")).isEmpty());
        assertEquals("the other assumption still offers one", 1,
                itemWith(browser, doubts).findElements(By.cssSelector(".empathy-map-validate-open")).size());
        Browser.screenshot("validation-task-created");
        assertEquals(List.of(), Axe.seriousViolations(browser));

        // the issue is in Jira, as created
        line.findElement(By.tagName("a")).click();
        waiting(browser).until(b -> b.getCurrentUrl().endsWith("/browse/" + key));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains(wanted));
    }

    @Test
    public void whenJiraCannotBeReachedTheFormSaysSoAndKeepsWhatWasTyped() throws Exception {
        WorkbenchServer workbench = SharedWorkbench.get();
        MapPage map = newMap();
        WebDriver browser = Browser.signIn("pm", map.page());
        itemWith(browser, map.doubts()).findElement(By.cssSelector(".empathy-map-validate-open")).sendKeys(Keys.ENTER);
        WebElement summary = focused(browser);
        summary.clear();
        summary.sendKeys("Check the VAT totals with three clients");
        try {
            workbench.applicationLinks().setJiraReachable(false);
            summary.sendKeys(Keys.ENTER);
            WebElement message = browser.findElement(By.cssSelector(".empathy-map-validate-message"));
            waiting(browser).until(b -> message.getText().contains("Jira could not be reached, so nothing was changed."));
            assertEquals("Check the VAT totals with three clients", summary.getAttribute("value"));
        } finally {
            workbench.applicationLinks().setJiraReachable(true);
        }
    }

    @Test
    public void aSecondTaskFromAPageOpenSinceBeforeTheFirstIsRefusedNamingIt() throws Exception {
        MapPage map = newMap();
        WebDriver browser = Browser.signIn("pm", map.page());
        itemWith(browser, map.doubts()).findElement(By.cssSelector(".empathy-map-validate-open")).sendKeys(Keys.ENTER);
        WebElement summary = focused(browser);
        // meanwhile a colleague's task validates the same assumption
        String key = Api.ok(201, Http.send("POST", "/rest/api/2/issue", "pm", Api.JSON_TYPE,
                "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Ask three clients first\"}}"))
                .get("key").asText();
        String persona = map.page().substring(map.page().lastIndexOf("validation-") + "validation-".length()).toUpperCase(java.util.Locale.ROOT);
        long itemId = 0;
        for (com.fasterxml.jackson.databind.JsonNode item : Api.ok(200, Api.get("/personas/" + persona + "/items", "pm"))) {
            if (item.get("statement").asText().equals(map.doubts())) {
                itemId = item.get("id").asLong();
            }
        }
        Api.ok(201, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", itemId).put("issueKey", key)));
        summary.sendKeys(Keys.ENTER);
        WebElement message = browser.findElement(By.cssSelector(".empathy-map-validate-message"));
        waiting(browser).until(b -> message.getText().contains("already being validated"));
        assertTrue(message.getText(), message.getText().contains("This assumption is already being validated in " + key + "."));
        assertEquals("what was typed is kept", map.doubts(), summary.getAttribute("value"));
        Browser.screenshot("validation-task-already");
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }

    @Test
    public void aReaderWhoMayNotCreateIssuesSeesNoAction() throws Exception {
        MapPage page = newMap();
        // a task the product manager created: the reader sees the line, and no action anywhere
        String key = Api.ok(201, Http.send("POST", "/rest/api/2/issue", "pm", Api.JSON_TYPE,
                "{\"fields\":{\"project\":{\"key\":\"DEMO\"},\"issuetype\":{\"name\":\"Task\"},\"summary\":\"Ask three clients\"}}"))
                .get("key").asText();
        String persona = page.page().substring(page.page().lastIndexOf("validation-") + "validation-".length()).toUpperCase(java.util.Locale.ROOT);
        long itemId = 0;
        for (com.fasterxml.jackson.databind.JsonNode item : Api.ok(200, Api.get("/personas/" + persona + "/items", "pm"))) {
            if (item.get("statement").asText().equals(page.fears())) {
                itemId = item.get("id").asLong();
            }
        }
        Api.ok(201, Api.post("/validation-tasks", "pm", Api.object().put("mapItemId", itemId).put("issueKey", key)));
        WebDriver browser = Browser.signIn("viewer", page.page());
        WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
        assertTrue(map.getText().contains(page.fears()));
        assertEquals("Being validated in " + key + " (To Do)", itemWith(browser, page.fears()).findElement(By.cssSelector(".empathy-map-validation")).getText());
        assertTrue("no validation action for the viewer", browser.findElements(By.cssSelector(".empathy-map-validate-open")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".empathy-map-add-open, .empathy-map-attach-open")).isEmpty());
        Browser.screenshot("validation-task-viewer");
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }
}
