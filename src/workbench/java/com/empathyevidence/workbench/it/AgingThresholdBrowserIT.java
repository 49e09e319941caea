package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The app configuration page shows the aging threshold, which the API fixes at 75 %, as plain text with why, not as
 * a field an administrator could change but never save. Real browser.
 */
public class AgingThresholdBrowserIT {

    @Test
    public void theFixedAgingThresholdIsTextWithAPlainExplanation() throws Exception {
        SharedWorkbench.get();
        WebDriver browser = Browser.signIn("admin", "/plugins/servlet/empathy/admin");
        WebElement aging = browser.findElement(By.id("empathy-policy-aging"));
        assertEquals("p", aging.getTagName());
        assertTrue(aging.getText(), aging.getText().startsWith("75 % of the shelf life."));
        assertTrue(aging.getText(), aging.getText().contains("can\u2019t be changed here"));
        assertTrue("no field for it", browser.findElements(By.cssSelector("[name=agingFromPercent]")).isEmpty());
        assertEquals("Aging threshold", browser.findElement(By.cssSelector(".empathy-policy-aging .empathy-field-label")).getText());
        assertEquals(List.of(), Axe.seriousViolations(browser));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", aging);
        Browser.screenshot("admin-aging-threshold");
    }
}
