package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.WorkbenchServer;
import com.empathyevidence.workbench.bench.LargePersona;
import com.empathyevidence.workbench.web.PagesServlet;
import java.util.List;
import java.util.Map;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The empathy-map macro in a real browser, as a stakeholder reads it: assumptions and coverage, the access message,
 * the cached copy when Jira is down, the static export, hostile text, and a map with 1,000 pieces of evidence.
 */
public class MacroBrowserIT {

    private static final String MAP = "/wiki/spaces/RES/pages/accountant-map";

    private WebDriver signIn(String user, String next) {
        return Browser.signIn(user, next);
    }

    @Test
    public void theMapShowsAssumptionsAndCoverageAsText() throws Exception {
        WebDriver browser = signIn("pm", MAP);
        WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
        assertEquals("Amira, the small-practice accountant", map.findElement(By.cssSelector("h2.empathy-map-persona")).getText());
        assertEquals(9, map.findElements(By.cssSelector(".empathy-map-section > h3")).size());
        WebElement pains = map.findElement(By.cssSelector(".empathy-map-section-pains"));
        List<WebElement> assumptions = pains.findElements(By.cssSelector(".empathy-assumption"));
        assertEquals(1, assumptions.size());
        assertTrue("the assumption mark is text, not only colour",
                assumptions.get(0).findElement(By.cssSelector(".empathy-assumption-mark")).getText().equalsIgnoreCase("Assumption"));
        assertTrue(assumptions.get(0).getText().contains("Loses track of which clients are closed this month"));
        assertTrue(assumptions.get(0).getText().contains("No Jira issue addresses this pain yet."));
        assertEquals("the demo page names its validation project, so the assumption offers a task", "Create a validation task",
                assumptions.get(0).findElement(By.cssSelector(".empathy-map-validate-open")).getText());
        WebElement covering = pains.findElement(By.cssSelector(".empathy-covering-issue a"));
        assertEquals("DEMO-1", covering.getText());
        assertTrue(covering.getAttribute("href").endsWith("/browse/DEMO-1"));
        assertTrue("freshness is written out", pains.getText().contains("Fresh \u2014 observed"));
        // the demo data's 12 pieces from 6 participants, and whatever tests run before this one added to the persona
        String summary = map.findElement(By.cssSelector(".empathy-map-summary")).getText();
        java.util.regex.Matcher counted = java.util.regex.Pattern.compile("^(\\d+) pieces of evidence from (\\d+) participants").matcher(summary);
        assertTrue(summary, counted.find() && Integer.parseInt(counted.group(1)) >= 12 && Integer.parseInt(counted.group(2)) >= 6);
        Browser.screenshot("macro-map");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", assumptions.get(0));
        Browser.screenshot("macro-map-assumption");
    }

    @Test
    public void aReaderWhoMaySeeNoneOfThePersonasEvidenceGetsTheAccessMessage() throws Exception {
        // All of Carmen's evidence is in BILL, which the viewer may not browse: Jira answers 403.
        WebDriver browser = signIn("viewer", "/wiki/spaces/RES/pages/collections-map");
        WebElement message = browser.findElement(By.cssSelector(".empathy-map .empathy-map-message"));
        assertTrue(message.getText(), message.getText().contains("You don\u2019t have permission in Jira to see any of the evidence for Carmen, the credit controller."));
        assertFalse(message.getText(), message.getText().contains("COLLECTIONS"));
        assertTrue(browser.findElements(By.cssSelector(".empathy-map-persona")).isEmpty());
        assertFalse(browser.getPageSource().contains("promised to pay"));
        // pm may browse BILL and reads the same page as a map
        browser = signIn("pm", "/wiki/spaces/RES/pages/collections-map");
        assertEquals("Carmen, the credit controller", browser.findElement(By.cssSelector(".empathy-map-persona")).getText());
    }

    @Test
    public void whenJiraIsDownEachReaderSeesOnlyTheirOwnLastMapWithItsTime() throws Exception {
        WorkbenchServer workbench = SharedWorkbench.get();
        workbench.cacheManager().flushAll();
        WebDriver browser = signIn("pm", MAP);
        assertTrue(browser.findElements(By.cssSelector(".empathy-map-notice")).isEmpty());
        try {
            workbench.applicationLinks().setJiraReachable(false);
            browser.navigate().refresh();
            WebElement notice = browser.findElement(By.cssSelector(".empathy-map .empathy-map-notice"));
            assertTrue(notice.getText(), notice.getText().matches("Showing the map as of \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} \u2014 Jira could not be reached\\."));
            assertEquals("Amira, the small-practice accountant", browser.findElement(By.cssSelector(".empathy-map-persona")).getText());
            assertTrue(browser.findElement(By.cssSelector(".empathy-map-section-pains")).getText().contains("Forty clients, every month."));
            Browser.screenshot("macro-map-cached");

            // The viewer has no copy of their own: pm's map (with BILL evidence) must never be shown to them.
            browser = signIn("viewer", MAP);
            WebElement message = browser.findElement(By.cssSelector(".empathy-map .empathy-map-message"));
            assertTrue(message.getText(), message.getText().startsWith("Jira could not be reached"));
            assertTrue(browser.findElements(By.cssSelector(".empathy-map-persona")).isEmpty());
            assertFalse(browser.getPageSource().contains("The deal hinges on bank import."));
        } finally {
            workbench.applicationLinks().setJiraReachable(true);
        }
        browser.navigate().refresh();
        assertEquals("Amira, the small-practice accountant", browser.findElement(By.cssSelector(".empathy-map-persona")).getText());
        assertTrue(browser.findElements(By.cssSelector(".empathy-map-notice")).isEmpty());
    }

    @Test
    public void theExportIsStaticHtmlWithoutScriptAndWithNothingCollapsed() throws Exception {
        LargePersona.ensure(SharedWorkbench.get());
        WebDriver browser = signIn("pm", MAP);
        for (String output : List.of("pdf", "word", "email", "feed", "html")) {
            browser.get(SharedWorkbench.url("/wiki/spaces/RES/pages/" + LargePersona.PAGE + "?output=" + output).toString());
            WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
            assertTrue(output, map.getAttribute("class").contains("empathy-map-static"));
            assertEquals(output, List.of(), browser.findElements(By.tagName("script")));
            assertEquals(output + ": nothing hides behind a disclosure", List.of(), browser.findElements(By.tagName("details")));
            assertFalse(output, browser.getPageSource().toLowerCase().contains("<script"));
            assertFalse(output, browser.getPageSource().contains(" onclick="));
            // every item is on paper, the last of each section too
            assertTrue(map.findElement(By.cssSelector(".empathy-map-section-pains")).getText()
                    .contains("Pains statement " + LargePersona.ITEMS_PER_SECTION + " for a large practice"));
        }
        browser.get(SharedWorkbench.url(MAP + "?output=pdf").toString());
        Browser.screenshot("macro-export-pdf");
    }

    @Test
    public void aStatementWithMarkupAndScriptIsInertText() throws Exception {
        String hostile = "<img src=x onerror=\"window.__empathyXss=1\"><script>window.__empathyXss=2</script><b>bold</b>";
        String key = Api.personaKey("INERT"); // its own persona each run, so a rerun after a flake starts afresh
        assertEquals(201, Http.post("/rest/empathy/1.0/personas", "pm", "application/json",
                "{\"key\":\"" + key + "\",\"name\":\"<i>Ivy</i> the tester\",\"description\":\"<script>window.__empathyXss=3</script>\"}").statusCode());
        assertEquals(201, Http.post("/rest/empathy/1.0/personas/" + key + "/items", "pm", "application/json",
                Http.JSON.writeValueAsString(Map.of("section", "PAINS", "statement", hostile))).statusCode());
        String page = "inert-map-" + key.toLowerCase(java.util.Locale.ROOT);
        PagesServlet.PAGES.putIfAbsent(page, new PagesServlet.DemoPage(page, "Hostile text", "Markup must stay text.",
                Map.of("persona", key)));
        WebDriver browser = signIn("pm", "/wiki/spaces/RES/pages/" + page);
        WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
        assertEquals("<i>Ivy</i> the tester", map.findElement(By.cssSelector(".empathy-map-persona")).getText());
        WebElement statement = map.findElement(By.cssSelector(".empathy-map-section-pains .empathy-map-statement"));
        assertTrue(statement.getText(), statement.getText().endsWith(hostile));
        assertTrue(map.findElements(By.tagName("img")).isEmpty());
        assertTrue(map.findElements(By.tagName("script")).isEmpty());
        assertTrue(map.findElements(By.tagName("b")).isEmpty());
        assertNull("no injected script ran", ((JavascriptExecutor) browser).executeScript("return window.__empathyXss;"));
        // an evidenceless persona says what that means and where evidence is added
        assertTrue(map.findElement(By.cssSelector(".empathy-map-evidenceless")).getText().contains("Everything on this map is an assumption"));
    }

    @Test
    public void aThousandPiecesOfEvidenceStayReadable() throws Exception {
        LargePersona.ensure(SharedWorkbench.get());
        WebDriver browser = signIn("pm", "/wiki/spaces/RES/pages/" + LargePersona.PAGE);
        WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
        assertTrue(map.findElement(By.cssSelector(".empathy-map-summary")).getText().startsWith("1,000 pieces of evidence"));
        List<WebElement> sections = map.findElements(By.cssSelector(".empathy-map-section"));
        assertEquals(9, sections.size());
        for (WebElement section : sections) {
            // five items in view; the other three behind a closed disclosure that says how many
            List<WebElement> items = section.findElements(By.cssSelector(".empathy-map-item"));
            assertEquals(LargePersona.ITEMS_PER_SECTION, items.size());
            assertEquals(5, items.stream().filter(WebElement::isDisplayed).count());
            WebElement more = section.findElement(By.cssSelector("details.empathy-map-more-items > summary"));
            assertEquals("Show 3 more items", more.getText());
            // quotes per item in view stay at the default two; three more open from "and 8 more", the rest are counted
            assertEquals(2, items.get(0).findElements(By.cssSelector(".empathy-map-evidence")).stream().filter(WebElement::isDisplayed).count());
            assertEquals(5, items.get(0).findElements(By.cssSelector(".empathy-map-evidence")).size());
            assertEquals("and 8 more", items.get(0).findElement(By.cssSelector("details.empathy-map-more-quotes > summary")).getText());
        }
        int length = browser.getPageSource().length();
        System.out.println("[macro] the map of " + LargePersona.EVIDENCE + " pieces of evidence: " + length + " characters of page");
        assertTrue("page size stays bounded: " + length, length < 400_000);
        Browser.screenshot("macro-map-large");
        sections.get(0).findElement(By.cssSelector("details.empathy-map-more-items > summary")).click();
        assertEquals(LargePersona.ITEMS_PER_SECTION,
                sections.get(0).findElements(By.cssSelector(".empathy-map-item")).stream().filter(WebElement::isDisplayed).count());
    }

    private static WebElement itemSaying(WebDriver browser, String statement) {
        for (WebElement item : browser.findElements(By.cssSelector(".empathy-map-item"))) {
            if (item.findElement(By.cssSelector(".empathy-map-statement")).getText().endsWith(statement)) {
                return item;
            }
        }
        throw new AssertionError("no map item " + statement);
    }

    @Test
    public void aRestrictedReaderSeesAnItemBackedByEvidenceTheyCannotSeeAsBacked() throws Exception {
        WebDriver browser = signIn("viewer", "/wiki/spaces/RES/pages/ops-map");
        WebElement item = itemSaying(browser, "Customers ignore reminders in the wrong language");
        assertFalse(item.getAttribute("class").contains("empathy-assumption"));
        assertTrue(item.findElements(By.cssSelector(".empathy-assumption-mark")).isEmpty());
        assertEquals("Backed by 2 pieces of evidence you can\u2019t see", item.findElement(By.cssSelector(".empathy-map-rollup")).getText());
        assertEquals("Addressed by 1 issue you can\u2019t see", item.findElement(By.cssSelector(".empathy-coverage")).getText());
        assertEquals("styled as the backed item beside it", "normal",
                item.findElement(By.cssSelector(".empathy-map-statement")).getCssValue("font-style"));
        assertFalse(browser.getPageSource().contains("BILL-1"));
        assertEquals("the item's grade, from all of its backing, seen or not", "Research confidence (GRADE-CERQual): moderate",
                item.findElement(By.cssSelector(".empathy-map-confidence")).getText());
        Browser.screenshot("macro-map-viewer-ops");
        assertEquals("axe-core on the map with its confidence lines", List.of(), Axe.seriousViolations(browser));
        browser = signIn("pm", "/wiki/spaces/RES/pages/ops-map");
        item = itemSaying(browser, "Customers ignore reminders in the wrong language");
        assertTrue(item.getText(), item.getText().contains("2 pieces of evidence from 2 participants"));
        assertEquals("BILL-1", item.findElement(By.cssSelector(".empathy-covering-issue a")).getText());
        Browser.screenshot("macro-map-pm-ops");
    }

    @Test
    public void theClassicLayoutIsATwoByTwoGrid() throws Exception {
        WebDriver browser = signIn("pm", "/wiki/spaces/RES/pages/freelancer-map");
        List<WebElement> sections = browser.findElements(By.cssSelector(".empathy-map-section"));
        assertEquals(4, sections.size());
        WebElement says = sections.get(0), thinks = sections.get(1), does = sections.get(2), feels = sections.get(3);
        assertTrue(says.findElement(By.tagName("h3")).getText().equalsIgnoreCase("Says"));
        assertTrue(feels.findElement(By.tagName("h3")).getText().equalsIgnoreCase("Feels"));
        assertEquals("Says and Thinks side by side", says.getLocation().getY(), thinks.getLocation().getY());
        assertEquals("Does and Feels side by side", does.getLocation().getY(), feels.getLocation().getY());
        assertTrue("Does below Says", does.getLocation().getY() > says.getLocation().getY() + says.getSize().getHeight() - 1);
        assertEquals("one column for Says and Does", says.getLocation().getX(), does.getLocation().getX());
        assertEquals("one column for Thinks and Feels", thinks.getLocation().getX(), feels.getLocation().getX());
        assertTrue(thinks.getLocation().getX() > says.getLocation().getX());
        Browser.screenshot("macro-map-classic");
        // on paper too
        browser.get(SharedWorkbench.url("/wiki/spaces/RES/pages/freelancer-map?output=pdf").toString());
        sections = browser.findElements(By.cssSelector(".empathy-map-section"));
        assertEquals(sections.get(0).getLocation().getY(), sections.get(1).getLocation().getY());
        assertEquals(sections.get(0).getLocation().getX(), sections.get(2).getLocation().getX());
        Browser.screenshot("macro-export-classic-pdf");
    }

    @Test
    public void andOneMoreOpensTheRestByMouseAndKeyboard() throws Exception {
        WebDriver browser = signIn("pm", MAP);
        WebElement item = itemSaying(browser, "Re-keys every bank statement line by hand");
        assertEquals(2, item.findElements(By.cssSelector(".empathy-map-evidence")).stream().filter(WebElement::isDisplayed).count());
        WebElement summary = item.findElement(By.cssSelector("details.empathy-map-more-quotes > summary"));
        assertEquals("and 1 more", summary.getText());
        summary.click();
        assertEquals(3, item.findElements(By.cssSelector(".empathy-map-evidence")).stream().filter(WebElement::isDisplayed).count());
        assertTrue(item.getText().contains("Is there really no way to upload the statement file?"));
        summary.click();
        assertEquals(2, item.findElements(By.cssSelector(".empathy-map-evidence")).stream().filter(WebElement::isDisplayed).count());
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", summary);
        browser.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
        assertEquals(3, item.findElements(By.cssSelector(".empathy-map-evidence")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    public void axeFindsNoSeriousViolationOnTheMapLiveAndInEveryExportAndIssueLinksAreUnderlined() throws Exception {
        WebDriver browser = signIn("pm", MAP);
        assertEquals("axe-core on the live map (pm)", List.of(), Axe.seriousViolations(browser));
        assertUnderlined(browser, "live");
        for (String output : List.of("pdf", "word", "html", "email", "feed")) {
            browser.get(SharedWorkbench.url(MAP + "?output=" + output).toString());
            assertEquals("axe-core on the " + output + " export", List.of(), Axe.seriousViolations(browser));
            assertUnderlined(browser, output);
        }
        browser = signIn("pm", "/wiki/spaces/RES/pages/freelancer-map");
        assertEquals("axe-core on the classic layout", List.of(), Axe.seriousViolations(browser));
        browser = signIn("viewer", "/wiki/spaces/RES/pages/ops-map");
        assertEquals("axe-core on the map as a restricted reader", List.of(), Axe.seriousViolations(browser));
    }

    /** Issue keys on the map are links told apart from the text beside them without colour (WCAG 1.4.1). */
    private static void assertUnderlined(WebDriver browser, String where) {
        List<WebElement> links = browser.findElements(By.cssSelector(".empathy-map .empathy-covering-issue a"));
        assertFalse(where + ": the map lists issue links", links.isEmpty());
        for (WebElement link : links) {
            assertTrue(where + ": " + link.getText(), link.getCssValue("text-decoration-line").contains("underline"));
        }
    }
}
