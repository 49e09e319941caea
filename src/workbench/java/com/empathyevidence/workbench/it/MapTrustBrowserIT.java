package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The trust figure on the map's header (issue 16) in a real browser, for a reader who may not see everything; axe-clean. */
public class MapTrustBrowserIT {

    @Test
    public void theMapHeaderShowsTheTrustFigure() throws Exception {
        WebDriver browser = Browser.signIn("viewer", "/wiki/spaces/RES/pages/accountant-map");
        String line = browser.findElement(By.cssSelector(".empathy-map-header .empathy-map-trust")).getText();
        assertTrue(line, line.matches("\\d+ % of the evidence (you can see )?behind open work is fresh .*"));
        assertEquals("axe-core on the map with its trust figure (viewer)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("map-trust-viewer");
    }

    @Test
    public void thePersonasPageShowsEachPersonasFigureOverWhatTheReaderCanSee() throws Exception {
        WebDriver browser = Browser.signIn("viewer", "/plugins/servlet/empathy/personas?persona=ACCOUNTANT");
        WebElement line = new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(b -> b.findElements(By.id("empathy-persona-trust")).isEmpty() ? null : b.findElement(By.id("empathy-persona-trust")));
        String text = line.getText();
        assertTrue(text, text.matches("\\d+ % of the evidence you can see behind open work is fresh \\(\\d+ of \\d+ pieces? linked to issues you can see"
                + " that are not done\\)\\. Some of this persona\u2019s evidence or issues are hidden from you\\."));
        assertEquals("the same figure as the map's header", Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map", "viewer"))
                .get("summary").get("trust").get("percent").asInt() + " %", text.substring(0, text.indexOf('%') + 1));
        assertEquals("axe-core on the personas page with the trust figure (viewer)", List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("personas-trust-viewer");
    }
}
