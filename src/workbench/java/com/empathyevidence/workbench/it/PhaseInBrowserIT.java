package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * phasein (issue 16): a project administrator finds the preview line on an issue of a project in preview, follows it
 * to the project's Evidence settings, reads what would be flagged, and switches warnings on, by keyboard; axe-clean.
 */
public class PhaseInBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Before
    public void phaseIsInPreviewWithOneFlaggedIssue() throws Exception {
        SharedWorkbench.get();
        new PhaseInHttpIT().phase1RestsOnOneStalePiece();
        Api.ok(200, Api.put("/panel-settings/PHASE", "admin", Api.object().put("warnings", "PREVIEW").put("panelHidden", false)));
    }

    @After
    public void backOn() throws Exception {
        Api.ok(200, Api.put("/panel-settings/PHASE", "admin", Api.object().put("warnings", "ON").put("panelHidden", false)));
    }

    @Test
    public void fromThePreviewLineToWarningsOnByKeyboard() throws Exception {
        WebDriver browser = Browser.signIn("admin", "/browse/PHASE-1");
        WebElement line = browser.findElement(By.className("empathy-warnings-preview"));
        assertTrue(line.getText(), line.getText().startsWith("Preview: "));
        assertEquals("axe-core on an issue in preview", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("phasein-panel-preview");

        WebElement link = line.findElement(By.tagName("a"));
        link.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(link));
        assertEquals("Evidence settings: Phase-in trial", browser.findElement(By.tagName("h1")).getText());
        WebElement row = browser.findElement(By.cssSelector("#empathy-panel-preview tr[data-issue-key='PHASE-1']"));
        assertTrue(row.getText(), row.getText().contains("All stale"));
        assertTrue(browser.findElement(By.id("empathy-warnings-preview")).isSelected());
        assertEquals("axe-core on the Evidence settings page", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("phasein-settings");

        WebElement preview = browser.findElement(By.id("empathy-warnings-preview"));
        preview.sendKeys(Keys.ARROW_UP); // as a radio group is used by keyboard: the arrow moves to (and picks) "On"
        waiting(browser).until(b -> b.findElement(By.id("empathy-warnings-on")).isSelected());
        browser.findElement(By.id("empathy-warnings-on")).sendKeys(Keys.TAB);
        WebElement hidden = browser.switchTo().activeElement();
        assertEquals("empathy-panel-hidden", hidden.getAttribute("id"));
        hidden.sendKeys(Keys.TAB);
        WebElement save = browser.switchTo().activeElement();
        assertEquals("empathy-panel-settings-save", save.getAttribute("id"));
        save.sendKeys(Keys.ENTER);
        WebElement status = browser.findElement(By.id("empathy-panel-settings-status"));
        waiting(browser).until(b -> !status.getText().isEmpty());
        assertEquals("Saved. Warnings are on for everyone who reads the panel.", status.getText());
        assertEquals("ON", Api.ok(200, Api.get("/panel-settings/PHASE", "admin")).get("warnings").asText());
        assertEquals("axe-core after saving", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("phasein-settings-saved");
    }
}
