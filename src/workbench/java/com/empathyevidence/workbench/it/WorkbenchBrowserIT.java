package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A product manager and a stakeholder in a real browser: sign in, read the panel, read the map, switch user. */
public class WorkbenchBrowserIT {

    private void signIn(WebDriver browser, String user, String next) {
        Browser.signIn(user, next);
    }

    @Test
    public void aProductManagerSeesTheIssuesEvidenceWithItsFreshnessInWords() throws Exception {
        WebDriver browser = Browser.get();
        signIn(browser, "pm", "/browse/DEMO-1");
        assertEquals("Import bank statements from CSV", browser.findElement(By.id("summary-val")).getText());
        WebElement panel = browser.findElement(By.id("empathy-evidence-panel"));
        List<WebElement> items = panel.findElements(By.cssSelector(".empathy-evidence"));
        assertEquals(6, items.size());
        assertTrue(panel.getText().contains("I re-key every single line of the bank statement."));
        List<WebElement> lozenges = panel.findElements(By.cssSelector(".empathy-freshness"));
        assertTrue(lozenges.stream().anyMatch(l -> l.getText().startsWith("Stale \u2014 usage analytics go stale after 90 days; observed")));
        assertTrue(lozenges.stream().anyMatch(l -> l.getText().startsWith("Fresh \u2014 interviews go stale after 365 days; observed")));
        Browser.screenshot("panel-DEMO-1");
    }

    @Test
    public void aStakeholderReadsThePersonasMapInConfluence() throws Exception {
        WebDriver browser = Browser.get();
        signIn(browser, "pm", "/wiki/spaces/RES/pages/accountant-map");
        WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
        assertEquals("Amira, the small-practice accountant", map.findElement(By.cssSelector(".empathy-map-persona")).getText());
        assertEquals(9, map.findElements(By.cssSelector(".empathy-map-section")).size());
        WebElement pains = map.findElement(By.cssSelector(".empathy-map-section-pains"));
        assertTrue(pains.getText().contains("Forty clients, every month."));
        Browser.screenshot("map-ACCOUNTANT");
    }

    @Test
    public void switchingToAViewerWithoutAccessHidesThatEvidenceAndSaysSo() throws Exception {
        WebDriver browser = Browser.get();
        signIn(browser, "pm", "/browse/DEMO-1");
        new Select(browser.findElement(By.id("wb-user"))).selectByValue("viewer");
        WebElement before = browser.findElement(By.id("empathy-evidence-panel"));
        browser.findElement(By.cssSelector(".wb-switcher button[type=submit]")).click();
        // wait for the viewer's page to replace pm's, so the panel read below is the new one
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> Browser.gone(before));
        WebElement panel = browser.findElement(By.id("empathy-evidence-panel"));
        assertEquals(5, panel.findElements(By.cssSelector(".empathy-evidence")).size());
        assertTrue(panel.getText().contains("1 more piece of evidence you can\u2019t see: it belongs to a Jira project you can\u2019t browse."));
    }
}
