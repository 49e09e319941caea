package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.web.PagesServlet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workflow evidence check and delivery status in a real browser: an administrator adds the validator to a
 * transition through the module's own configuration screen; a product manager's transition is blocked with the
 * check's sentence, and passes in warn-only mode (the panel says so, to the restricted reader too); a condition hides a
 * transition; resolving an issue shows on the map ("Done today", the persona header's counts), with the reader who may
 * not browse BILL seeing the BILL issue counted, never named. Keyboard only for the admin's screen; axe-clean;
 * screenshots. Owns DEMO-50..53; clears the rules on the transitions it uses before and after each test.
 */
public class WorkflowBrowserIT {

    @Before
    @After
    public void cleanWorkflow() {
        WorkflowHttpIT.clearRules();
        for (String key : List.of("DEMO-50", "DEMO-51", "DEMO-52", "DEMO-53")) {
            SharedWorkbench.get().workflow().setStatus(key, "To Do", null);
        }
    }

    private static WebDriverWait waiting(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static String status(WebDriver browser) {
        return browser.findElement(By.id("status-val")).getAttribute("textContent"); // shown upper-case, as Jira does
    }

    /** Presses a transition button by keyboard and waits for the next page. */
    private static void take(WebDriver browser, int transition) {
        WebElement button = browser.findElement(By.id("action_id_" + transition));
        button.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(button));
    }

    @Test
    public void anAdministratorAddsTheCheckByKeyboardAndATransitionIsBlockedThenPassesWarnOnly() throws Exception {
        WorkflowHttpIT.unlinkAll("DEMO-50");
        WorkflowHttpIT.link("DEMO-50", "evidenceId", WorkflowHttpIT.evidence("pm", "I chase statements on the last day " + UUID.randomUUID(),
                400, "P-WB1", null), "SUPPORTS", null);

        // the admin: the transition's page, Add validator, choose the module, its own screen, by keyboard
        WebDriver browser = Browser.signIn("admin", "/secure/admin/workflows/ViewWorkflowTransition.jspa?workflowTransition=21");
        browser.findElement(By.id("add-validator")).sendKeys(Keys.ENTER);
        WebElement radio = waiting(browser).until(b -> b.findElement(By.id("module-evidence-check-validator")));
        assertTrue(radio.isSelected());
        browser.findElement(By.id("add-submit")).sendKeys(Keys.ENTER);
        WebElement strength = waiting(browser).until(b -> b.findElement(By.id("empathy-min-strength")));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("workflow-validator-config");
        strength.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
        browser.findElement(By.id("empathy-no-stale")).sendKeys(Keys.SPACE);
        WebElement submit = browser.findElement(By.id("workflow-params-submit"));
        submit.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(submit));
        WebElement summary = waiting(browser).until(b -> b.findElement(By.cssSelector(".wb-workflow-validators .empathy-workflow-summary")));
        assertEquals("Evidence check: no stale supporting evidence.", summary.getText());
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("workflow-transition-rules");

        // the product manager: blocked, with the one sentence, and the issue stays where it was
        browser = Browser.signIn("pm", "/browse/DEMO-50");
        take(browser, 21);
        WebElement errors = waiting(browser).until(b -> b.findElement(By.id("transition-errors")));
        assertEquals("DEMO-50 rests on stale evidence: re-confirm 1 piece or link fresh evidence.", errors.getText());
        assertEquals("To Do", status(browser));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("workflow-transition-blocked");

        // warn-only: the same check lets DEMO-51 move on and the panel notes it, for every reader
        WorkflowHttpIT.clearRules();
        assertEquals(302, WorkflowHttpIT.addRule("admin", 21, WorkflowHttpIT.VALIDATOR, Map.of("noStaleSupport", "true", "warnOnly", "true")).statusCode());
        WorkflowHttpIT.unlinkAll("DEMO-51");
        WorkflowHttpIT.link("DEMO-51", "evidenceId", WorkflowHttpIT.evidence("pm", "I pick the VAT rate from memory " + UUID.randomUUID(),
                400, "P-WB2", null), "SUPPORTS", null);
        browser.get(SharedWorkbench.url("/browse/DEMO-51").toString());
        take(browser, 21);
        waiting(browser).until(b -> "Selected for Development".equals(status(b)));
        assertTrue(browser.findElements(By.id("transition-errors")).isEmpty());
        WebElement pass = waiting(browser).until(b -> b.findElement(By.cssSelector("#empathy-evidence-panel .empathy-workflow-pass")));
        assertTrue(pass.getText(), pass.getText().startsWith("pm took \u201cSelect for development\u201d on ")
                && pass.getText().endsWith("although it rested on stale evidence."));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("workflow-warn-only-passed");
        String passText = pass.getText();

        browser = Browser.signIn("viewer", "/browse/DEMO-51");
        WebElement seen = waiting(browser).until(b -> b.findElement(By.cssSelector("#empathy-evidence-panel .empathy-workflow-pass")));
        assertEquals(passText, seen.getText());
        assertTrue("the viewer may not take transitions", browser.findElements(By.id("opsbar-transitions")).isEmpty());
    }

    @Test
    public void aConditionHidesTheTransitionWhileTheEvidenceFallsShort() throws Exception {
        WorkflowHttpIT.unlinkAll("DEMO-52");
        WorkflowHttpIT.link("DEMO-52", "evidenceId", WorkflowHttpIT.evidence("pm", "I cannot tell how far a reconciliation is " + UUID.randomUUID(),
                5, "P-WB3", null), "SUPPORTS", null);
        assertEquals(302, WorkflowHttpIT.addRule("admin", 31, WorkflowHttpIT.CONDITION, Map.of("minParticipants", "2")).statusCode());
        WebDriver browser = Browser.signIn("pm", "/browse/DEMO-52");
        waiting(browser).until(b -> b.findElement(By.id("opsbar-transitions")));
        assertTrue("Start progress is hidden", browser.findElements(By.id("action_id_31")).isEmpty());
        assertFalse("Done is offered", browser.findElements(By.id("action_id_41")).isEmpty());
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("workflow-condition-hidden");

        WorkflowHttpIT.link("DEMO-52", "evidenceId", WorkflowHttpIT.evidence("pm", "Nobody knows where the reconciliation stands " + UUID.randomUUID(),
                5, "P-WB4", null), "SUPPORTS", null);
        browser.navigate().refresh();
        WebElement start = waiting(browser).until(b -> b.findElement(By.id("action_id_31")));
        assertEquals("Start progress", start.getText());

        browser = Browser.signIn("viewer", "/browse/DEMO-52");
        assertTrue(browser.findElements(By.id("opsbar-transitions")).isEmpty());
    }

    @Test
    public void resolvingAnIssueShowsOnTheMapAndInThePersonaHeader() throws Exception {
        String persona = "WFB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        HttpResponse<String> created = Http.post("/rest/empathy/1.0/personas", "pm", "application/json",
                "{\"key\":\"" + persona + "\",\"name\":\"Dora, delivered\",\"description\":\"A persona of the delivery browser test.\"}");
        assertEquals(created.body(), 201, created.statusCode());
        long pain = Http.json(Http.post("/rest/empathy/1.0/personas/" + persona + "/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"Cannot pause reminders for a client on holiday\"}")).get("id").asLong();
        long hiddenPain = Http.json(Http.post("/rest/empathy/1.0/personas/" + persona + "/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"Explains failed payments by phone\"}")).get("id").asLong();
        Http.post("/rest/empathy/1.0/personas/" + persona + "/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"Types every reminder by hand\"}");
        long quote = WorkflowHttpIT.evidence("pm", "Reminders go out while clients are away " + UUID.randomUUID(), 5, "P-WB5", persona);
        assertEquals(2, Http.post("/rest/empathy/1.0/personas/items/" + pain + "/evidence", "pm", "application/json",
                "{\"evidenceId\":" + quote + "}").statusCode() / 100);
        WorkflowHttpIT.unlinkAll("DEMO-53");
        WorkflowHttpIT.link("DEMO-53", "mapItemId", pain, "ADDRESSES", null);
        assertEquals(201, Http.post("/rest/empathy/1.0/issues/BILL-30/links", "pm", "application/json",
                "{\"mapItemId\":" + hiddenPain + ",\"relation\":\"ADDRESSES\"}").statusCode());
        String page = "delivery-" + persona.toLowerCase(Locale.ROOT);
        PagesServlet.PAGES.put(page, new PagesServlet.DemoPage(page, "Persona: Dora, delivered", "The delivery test's page.",
                Map.of("persona", persona, "layout", "extended")));

        WebDriver browser = Browser.signIn("pm", "/wiki/spaces/RES/pages/" + page);
        WebElement delivery = waiting(browser).until(b -> b.findElement(By.cssSelector(".empathy-map-delivery")));
        assertEquals("Pains: 0 addressed by shipped work, 0 in progress, 3 open.", delivery.getText());
        assertEquals("To do", browser.findElement(By.xpath("//li[contains(@class,'empathy-covering-issue')][contains(.,'DEMO-53')]//span[@class='empathy-delivery']")).getText());

        // the product manager resolves DEMO-53 on its page
        browser.get(SharedWorkbench.url("/browse/DEMO-53").toString());
        take(browser, 41);
        waiting(browser).until(b -> "Done".equals(status(b)));
        assertFalse(browser.findElement(By.id("resolutiondate-val")).getText().isEmpty());

        browser.get(SharedWorkbench.url("/wiki/spaces/RES/pages/" + page).toString());
        delivery = waiting(browser).until(b -> b.findElement(By.cssSelector(".empathy-map-delivery")));
        assertEquals("Pains: 1 addressed by shipped work, 0 in progress, 2 open.", delivery.getText());
        WebElement covering = browser.findElement(By.xpath("//li[contains(@class,'empathy-covering-issue')][contains(.,'DEMO-53')]"));
        assertTrue(covering.getText(), covering.getText().endsWith("\u2014 Done today"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("workflow-delivery-map");

        // the reader who may not browse BILL: the BILL issue is counted, its pain not called open
        browser = Browser.signIn("viewer", "/wiki/spaces/RES/pages/" + page);
        delivery = waiting(browser).until(b -> b.findElement(By.cssSelector(".empathy-map-delivery")));
        assertEquals("Pains: 1 addressed by shipped work, 0 in progress, 1 open. 1 more is addressed by issues you can\u2019t see.", delivery.getText());
        assertFalse(browser.getPageSource().contains("BILL-30"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }
}
