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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A product manager makes a token for a script on the profile page "Personal Access Tokens", by keyboard, in a real
 * browser (whose same-origin form posts pass the XSRF check), sees it once, uses it, and revokes it after confirming.
 */
public class TokensPageBrowserIT {

    @Test
    public void aTokenIsCreatedShownOnceUsedAndRevokedFromTheProfilePage() throws Exception {
        WebDriver browser = Browser.signIn("pm", "/browse/DEMO-1");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        WebElement link = browser.findElement(By.id("wb-personal-access-tokens"));
        link.click();
        wait.until(b -> Browser.gone(link));
        assertEquals("Personal Access Tokens", browser.findElement(By.tagName("h1")).getText());

        String name = "<b>Report</b> " + Api.unique("t");
        WebElement nameField = browser.findElement(By.id("wb-token-name"));
        nameField.sendKeys(name);
        WebElement expiry = browser.findElement(By.id("wb-token-expiry"));
        expiry.clear();
        expiry.sendKeys("30", Keys.ENTER);
        wait.until(b -> Browser.gone(expiry));

        WebElement token = browser.findElement(By.id("wb-new-token"));
        String raw = token.getAttribute("value");
        assertTrue(raw.length() >= 32);
        assertTrue(browser.findElement(By.cssSelector(".wb-new-token")).getText().contains("you won't be able to see it again"));
        assertTrue(browser.findElement(By.id("wb-copy-hint")).getText().contains("copy"));
        List<WebElement> rows = browser.findElements(By.cssSelector(".wb-token-list tbody tr"));
        WebElement row = rows.stream().filter(r -> r.getText().contains(name)).findFirst().orElseThrow();
        assertTrue("the name is shown as text, not markup", row.getText().startsWith(name));
        assertTrue(row.getText().contains("UTC"));
        Browser.screenshot("personal-access-tokens");

        assertEquals(200, PersonalAccessTokensIT.evidenceWith(raw).statusCode());

        browser.get(SharedWorkbench.url("/secure/ViewPersonalAccessTokens.jspa").toString());
        assertFalse("the raw token is shown once", browser.getPageSource().contains(raw));
        assertTrue(browser.findElements(By.id("wb-new-token")).isEmpty());

        WebElement revoke = browser.findElement(By.cssSelector("a[aria-label='Revoke " + name.replace("'", "\\'") + "']"));
        revoke.sendKeys(Keys.ENTER);
        wait.until(b -> Browser.gone(revoke));
        WebElement confirm = browser.findElement(By.id("wb-revoke-confirm"));
        assertTrue(browser.findElement(By.id("wb-revoke-title")).getText().contains(name));
        assertEquals("the confirmation takes the focus", confirm, browser.switchTo().activeElement());
        assertEquals("nothing is revoked before confirming", 200, PersonalAccessTokensIT.evidenceWith(raw).statusCode());
        confirm.sendKeys(Keys.ENTER);
        wait.until(b -> Browser.gone(confirm));
        assertTrue(browser.getPageSource().contains("The token was revoked."));
        assertFalse(browser.getPageSource().contains(name.replace("<", "&lt;").replace(">", "&gt;")));
        assertEquals(401, PersonalAccessTokensIT.evidenceWith(raw).statusCode());
    }
}
