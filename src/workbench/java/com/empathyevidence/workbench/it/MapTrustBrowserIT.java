package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
}
