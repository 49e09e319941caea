package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The aging threshold is a field of the policy form, by keyboard in a real browser: a value out of range is named in
 * place and stays typed; a valid one shows its effect before saving ("1 piece would turn aging"); once saved, the
 * issue panel shows the piece as aging. Project BILL's own threshold is cleared whatever happens.
 */
public class AgingThresholdBrowserIT {

    private static final String ISSUE = "BILL-31";

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
    public void anAdministratorSetsAProjectsAgingThresholdAfterSeeingItsEffectAndThePanelShowsIt() throws Exception {
        SharedWorkbench.get();
        // Its own piece: OTHER (180 days) observed 100 days ago is fresh at 75 % (aging from day 135), aging at 50 % (day 90)
        ObjectNode own = Api.evidence("Aging threshold browser piece " + Api.unique("age"));
        own.put("sourceKind", "OTHER");
        own.put("project", "BILL");
        own.put("observedOn", LocalDate.now().minusDays(100).toString());
        long id = Api.createEvidence("pm", own).get("id").asLong();
        Api.ok(201, Api.post("/issues/" + ISSUE + "/links", "pm", Map.of("evidenceId", id, "relation", "SUPPORTS")));
        long before = Api.ok(200, Api.post("/policy/projects/BILL/effect", "admin", Map.of("agingFromPercent", 50))).get("turnAging").asLong();
        try {
            WebDriver browser = Browser.signIn("admin", "/plugins/servlet/empathy/admin");
            new Select(browser.findElement(By.id("empathy-policy-project"))).selectByValue("BILL");
            WebElement show = browser.findElement(By.id("empathy-policy-show"));
            press(show);
            waiting(browser).until(b -> Browser.gone(show));

            WebElement aging = browser.findElement(By.id("empathy-policy-aging"));
            assertEquals("input", aging.getTagName());
            assertEquals("agingFromPercent", aging.getAttribute("name"));
            assertEquals("75", aging.getAttribute("value"));
            assertEquals("Aging threshold", browser.findElement(By.cssSelector("label[for=empathy-policy-aging]")).getText());
            assertEquals("As for all projects.", browser.findElement(By.id("empathy-policy-aging-source")).getText());

            retype(aging, "40");
            press(browser.findElement(By.id("empathy-policy-effect")));
            WebElement error = browser.findElement(By.id("empathy-policy-aging-error"));
            waiting(browser).until(b -> !error.getText().isEmpty());
            assertEquals(ApiTruthIT.AGING_RANGE, error.getText());
            assertEquals("true", aging.getAttribute("aria-invalid"));
            assertEquals("what was typed stays", "40", aging.getAttribute("value"));
            assertEquals(aging, browser.switchTo().activeElement());
            assertEquals(75, Api.ok(200, Api.get("/policy/projects/BILL", "admin")).get("agingFromPercent").asInt());
            assertEquals("axe-core with a refused aging threshold", List.of(), Axe.seriousViolations(browser));

            retype(aging, "50");
            press(browser.findElement(By.id("empathy-policy-effect")));
            WebElement status = browser.findElement(By.id("empathy-policy-status"));
            waiting(browser).until(b -> status.getText().contains("would turn aging"));
            assertEquals("", error.getText());
            String expected = before == 1 ? "1 piece would turn aging" : before + " pieces would turn aging";
            assertTrue(status.getText(), status.getText().contains(expected + ", none would go from aging back to fresh."));
            assertTrue(before >= 1);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", aging);
            Browser.screenshot("admin-aging-threshold");
            assertEquals("axe-core with the effect shown", List.of(), Axe.seriousViolations(browser));
            assertEquals("nothing saved yet", "FRESH", Api.ok(200, Api.get("/evidence/" + id, "pm")).get("freshness").asText());

            press(browser.findElement(By.id("empathy-policy-save")));
            waiting(browser).until(b -> status.getText().startsWith("The freshness policy is saved."));
            assertEquals(50, Api.ok(200, Api.get("/policy/projects/BILL", "admin")).get("agingFromPercent").asInt());
            assertEquals(75, Api.ok(200, Api.get("/policy", "admin")).get("agingFromPercent").asInt());

            browser.navigate().refresh();
            WebElement reloaded = waiting(browser).until(b -> b.findElement(By.id("empathy-policy-aging")));
            assertEquals("50", reloaded.getAttribute("value"));
            assertEquals("Set for this project (all projects: 75 %).", browser.findElement(By.id("empathy-policy-aging-source")).getText());

            browser.get(SharedWorkbench.url("/browse/" + ISSUE).toString());
            WebElement row = waiting(browser).until(b -> b.findElement(By.cssSelector(".empathy-evidence[data-evidence-id='" + id + "']")));
            assertEquals("AGING", row.getAttribute("data-freshness"));
            assertTrue(row.getText(), row.findElement(By.cssSelector(".empathy-freshness")).getText().startsWith("Aging"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
            Browser.screenshot("panel-aging-threshold");
        } finally {
            Api.ok(200, Api.put("/policy/projects/BILL", "admin", Api.object().putNull("agingFromPercent")));
            Http.send("DELETE", "/rest/empathy/1.0/issues/" + ISSUE + "/links/evidence/" + id, "admin", "application/json", null);
        }
    }
}
