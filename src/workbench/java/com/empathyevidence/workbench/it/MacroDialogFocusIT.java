package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench's macro browser keeps the keyboard inside it, as AUI dialogs do: Tab and Shift+Tab go round inside
 * the open dialog (on the list of macros and on a macro's form), and Escape closes it and gives the focus back to the
 * button that opened it. Real browser, keys only.
 */
public class MacroDialogFocusIT {

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static WebElement focused(WebDriver browser) {
        return browser.switchTo().activeElement();
    }

    private static boolean inDialog(WebDriver browser) {
        return !browser.findElements(By.cssSelector("#macro-browser")).isEmpty()
                && (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return document.getElementById('macro-browser').contains(document.activeElement)");
    }

    /** Presses Tab (or Shift+Tab) as many times as it takes to go round twice, checking the focus never leaves. */
    private static void goRound(WebDriver browser, boolean backwards) {
        WebElement start = focused(browser);
        boolean cameBack = false;
        for (int i = 0; i < 60; i++) {
            if (backwards) {
                new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                new Actions(browser).sendKeys(Keys.TAB).perform();
            }
            assertTrue("focus left the dialog after " + (i + 1) + (backwards ? " Shift+Tab" : " Tab"), inDialog(browser));
            if (focused(browser).equals(start)) {
                cameBack = true;
                break;
            }
        }
        assertTrue("the focus goes round and comes back to where it started", cameBack);
    }

    @Test
    public void tabStaysInsideTheOpenDialogAndEscapeReturnsFocusToItsButton() throws Exception {
        WebDriver browser = Browser.signIn("pm", "/wiki/pages/createpage.action?spaceKey=RES");
        WebElement opener = browser.findElement(By.id("insert-macro"));
        opener.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser button[data-macro-name='empathy-map']")));
        assertTrue(inDialog(browser));

        // the list of macros: round and round, both ways
        goRound(browser, false);
        goRound(browser, true);
        // Shift+Tab on the first control goes to the last one (Cancel), Tab on the last back to the first
        WebElement first = browser.findElement(By.cssSelector("#macro-browser button[data-macro-name='empathy-map']"));
        first.click();
        waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser [data-param='persona'] select")));
        WebElement persona = browser.findElement(By.cssSelector("#macro-browser [data-param='persona'] select"));
        assertEquals("the first field of the form has the focus", persona, focused(browser));
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertEquals("Shift+Tab on the first field goes to the last control", "Back", focused(browser).getText());
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertEquals("Tab on the last control goes to the first field", persona, focused(browser));
        goRound(browser, false);

        // a click on the page behind does not take the focus out of the open dialog
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('content-title').focus()");
        assertTrue("focus is brought back into the dialog", inDialog(browser));

        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        waiting(browser).until(b -> b.findElements(By.id("macro-browser")).isEmpty());
        assertEquals("focus back on the button that opened the dialog", "insert-macro", focused(browser).getAttribute("id"));
        // closed: Tab moves through the page again, the dialog no longer holds it
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertFalse("insert-macro".equals(focused(browser).getAttribute("id")));
        assertEquals(List.of(), Axe.seriousViolations(browser));
    }
}
