package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The product manager's job in a real browser: from an issue's evidence panel (or the project sidebar) to the
 * project's evidence health, filter it and sort it by keyboard alone, open an issue from its row, and run the same
 * question in Jira's issue search; a restricted reader gets the not-found page for a project they may not browse.
 * axe-core finds nothing serious or critical; each page is photographed.
 */
public class EvidenceHealthBrowserIT {

    @Before
    public void theOwnedIssuesHaveKnownEvidence() throws Exception {
        EvidenceHealthHttpIT.set();
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static List<String> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#empathy-evidence-health tr[data-issue-key]")).stream()
                .map(r -> r.getAttribute("data-issue-key")).toList();
    }

    @Test
    public void fromThePanelToTheBacklogByKeyboardAndBackToAnIssue() throws Exception {
        WebDriver browser = Browser.signIn("pm", "/browse/DEMO-27");
        WebElement panelLink = waiting(browser).until(b -> b.findElement(By.cssSelector("#empathy-evidence-panel .empathy-panel-health-link")));
        panelLink.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.getCurrentUrl().contains("/projects/DEMO?selectedItem=com.empathyevidence.evidence-health"));
        WebElement sidebar = browser.findElement(By.id("evidence-health-link"));
        assertEquals("page", sidebar.getAttribute("aria-current"));
        assertEquals("Evidence health", sidebar.getText());
        assertTrue(rows(browser).toString(), rows(browser).contains("DEMO-27"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("evidence-health-DEMO");

        // Filter by keyboard: the list is replaced in place, the address follows, focus stays on the chosen filter.
        WebElement page = browser.findElement(By.id("empathy-evidence-health"));
        browser.findElement(By.cssSelector("a[data-filter='stale']")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(page));
        waiting(browser).until(b -> b.findElement(By.cssSelector("a[data-filter='stale']")).getAttribute("aria-current") != null);
        assertTrue(browser.getCurrentUrl(), browser.getCurrentUrl().contains("filter=stale"));
        assertEquals("a[data-filter='stale'] keeps the focus", "stale",
                browser.switchTo().activeElement().getAttribute("data-filter"));
        assertTrue(rows(browser).toString(), rows(browser).contains("DEMO-27"));
        assertFalse(rows(browser).toString(), rows(browser).contains("DEMO-28"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("evidence-health-DEMO-stale");

        // Sort by key, then turn the order around with a second Enter on the same header.
        WebElement before = browser.findElement(By.id("empathy-evidence-health"));
        browser.findElement(By.cssSelector("th[data-sort='key'] a")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(before));
        waiting(browser).until(b -> "ascending".equals(b.findElement(By.cssSelector("th[data-sort='key']")).getAttribute("aria-sort")));
        WebElement ascending = browser.findElement(By.id("empathy-evidence-health"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(ascending));
        waiting(browser).until(b -> "descending".equals(b.findElement(By.cssSelector("th[data-sort='key']")).getAttribute("aria-sort")));
        List<String> descending = rows(browser);
        List<String> sorted = new java.util.ArrayList<>(descending);
        sorted.sort(java.util.Comparator.comparing((String k) -> Integer.parseInt(k.substring(k.indexOf('-') + 1))).reversed());
        assertEquals(sorted, descending);

        // Back in the browser's history shows the previous list again (ascending), from the address.
        browser.navigate().back();
        // the page comes back from history and its script may redraw the list: an element found mid-redraw goes stale
        waiting(browser).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> "ascending".equals(b.findElement(By.cssSelector("th[data-sort='key']")).getAttribute("aria-sort")));

        // The same question in Jira's issue search.
        String jql = browser.findElement(By.cssSelector(".empathy-health-jql code")).getText();
        browser.findElement(By.id("empathy-health-jql")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.getCurrentUrl().contains("/issues/?jql="));
        assertEquals(jql, browser.findElement(By.id("advanced-search")).getAttribute("value"));
        assertTrue(browser.findElements(By.cssSelector("#issuetable tr[data-issuekey='DEMO-27']")).size() == 1);
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("issue-search-stale");

        // Each row opens its issue.
        browser.navigate().back();
        WebElement row = waiting(browser).until(b -> b.findElement(By.cssSelector("tr[data-issue-key='DEMO-27'] a.empathy-health-issue")));
        row.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.getCurrentUrl().endsWith("/browse/DEMO-27"));
    }

    @Test
    public void aRestrictedReaderSeesTheNotFoundPageForAProjectTheyMayNotBrowse() throws Exception {
        WebDriver browser = Browser.signIn("viewer", "/projects/DEMO?selectedItem=com.empathyevidence.evidence-health");
        waiting(browser).until(b -> b.findElement(By.id("empathy-evidence-health")));
        assertTrue(rows(browser).stream().allMatch(k -> k.startsWith("DEMO-")));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("evidence-health-viewer");
        browser.get(SharedWorkbench.url("/projects/BILL?selectedItem=com.empathyevidence.evidence-health").toString());
        assertEquals("Project not found", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElements(By.id("empathy-evidence-health")).isEmpty());
        browser.get(SharedWorkbench.url("/issues/?jql=" + JqlSearchIT.enc("project = BILL")).toString());
        assertTrue(browser.findElement(By.id("jql-error")).getText().contains("The value 'BILL' does not exist for the field 'project'."));
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }
}
