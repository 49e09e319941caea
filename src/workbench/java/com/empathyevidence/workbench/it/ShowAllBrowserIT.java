package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The panel's "Show all N" in a real browser and over REST: a screenful (5) per relation, the rest fetched on demand by
 * keyboard, the focus on the first new row, axe-core clean before and after; a viewer who may not browse BILL gets the
 * count of what is hidden and never its text. The test owns DEMO-32 and empties it first.
 */
public class ShowAllBrowserIT {

    private static final String ISSUE = "DEMO-32";
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String billText;

    @Before
    public void sevenPiecesInDemoAndOneInBillSupportTheIssue() throws Exception {
        JsonNode answer = Http.json(Http.get("/rest/empathy/1.0/issues/" + ISSUE + "/evidence", "admin"));
        for (JsonNode piece : answer.get("evidence")) {
            var response = Http.send("DELETE", "/rest/empathy/1.0/issues/" + ISSUE + "/links/evidence/" + piece.get("id").asLong(), "admin",
                    "application/json", null);
            assertEquals(response.body(), 200, response.statusCode());
        }
        for (int i = 1; i <= 7; i++) {
            link(create("Show-all " + run + " reminder quote " + i, "DEMO"));
        }
        billText = "Show-all " + run + " billing-only quote";
        link(create(billText, "BILL"));
    }

    private static long create(String text, String project) throws Exception {
        String body = Http.JSON.writeValueAsString(Map.of("text", text, "section", "PAINS", "sourceKind", "INTERVIEW", "project", project,
                "observedOn", java.time.LocalDate.now().minusDays(3).toString()));
        var response = Http.post("/rest/empathy/1.0/evidence", "admin", "application/json", body);
        assertEquals(response.body(), 201, response.statusCode());
        return Http.json(response).get("id").asLong();
    }

    private static void link(long evidenceId) throws Exception {
        var response = Http.post("/rest/empathy/1.0/issues/" + ISSUE + "/links", "admin", "application/json",
                "{\"evidenceId\":" + evidenceId + ",\"relation\":\"SUPPORTS\"}");
        assertEquals(response.body(), 201, response.statusCode());
    }

    private static List<WebElement> supportRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#empathy-evidence-panel .empathy-evidence-list[data-relation=\"supports\"] > li"));
    }

    private static WebDriver open(String user) {
        WebDriver browser = Browser.signIn(user, "/browse/" + ISSUE);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("empathy-evidence-panel")));
        wait.until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
        return browser;
    }

    @Test
    public void aProductManagerSeesAScreenfulAndTheRestByKeyboard() throws Exception {
        WebDriver browser = open("pm");
        assertEquals("a screenful of the supporting evidence", 5, supportRows(browser).size());
        WebElement showAll = browser.findElement(By.cssSelector("#empathy-evidence-panel .empathy-show-all[data-relation=\"supports\"]"));
        assertEquals("pm browses BILL: all eight count", "Show all 8", showAll.getText());
        assertEquals("the button names its relation", "empathy-group-supports", showAll.getAttribute("aria-describedby"));
        assertEquals("axe-core with the screenful", List.of(), Axe.seriousViolations(browser));

        showAll.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> supportRows(b).size() == 8);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals("the focus moves to the first row that was not shown", supportRows(browser).get(5).getAttribute("id"), focused.getAttribute("id"));
        assertTrue("nothing more to show", browser.findElements(By.cssSelector("#empathy-evidence-panel .empathy-show-all")).isEmpty());
        assertTrue(browser.findElement(By.id("empathy-evidence-panel")).getText().contains(billText));
        assertEquals("axe-core with every row", List.of(), Axe.seriousViolations(browser));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", supportRows(browser).get(3));
        Browser.screenshot("panel-show-all-pm");
    }

    @Test
    public void aViewerWhoMayNotBrowseBillGetsTheCountOfWhatIsHiddenNeverItsText() throws Exception {
        WebDriver browser = open("viewer");
        assertEquals(5, supportRows(browser).size());
        WebElement showAll = browser.findElement(By.cssSelector("#empathy-evidence-panel .empathy-show-all"));
        assertEquals("the viewer's count is what the viewer may see", "Show all 7", showAll.getText());
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", supportRows(browser).get(2));
        Browser.screenshot("panel-show-all-viewer");
        showAll.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> supportRows(b).size() == 7);
        String panel = browser.findElement(By.id("empathy-evidence-panel")).getText();
        assertTrue(panel, panel.contains("1 more piece of evidence you can\u2019t see"));
        assertFalse("hidden evidence is counted, never shown", browser.getPageSource().contains(billText));
        assertEquals("axe-core as viewer with every row", List.of(), Axe.seriousViolations(browser));

        // the same over REST: the rest on demand, for this reader only
        JsonNode all = Http.json(Http.get("/rest/empathy/1.0/issues/" + ISSUE + "/panel?all=supports", "viewer"));
        String html = all.get("html").asText();
        assertEquals(7, html.split("class=\"empathy-evidence\"", -1).length - 1);
        assertFalse(html.contains(billText));
        assertFalse(html.contains("empathy-show-all"));
        JsonNode screenful = Http.json(Http.get("/rest/empathy/1.0/issues/" + ISSUE + "/panel", "viewer"));
        assertEquals(5, screenful.get("html").asText().split("class=\"empathy-evidence\"", -1).length - 1);
        assertTrue(screenful.get("html").asText().contains("Show all 7"));
    }
}
