package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The stakeholder's page author in a real browser: creates a page in space RES, opens the macro browser and inserts
 * the empathy map by keyboard alone, picks the persona by name and the projects by key and name (the plugin's macro
 * editor override, fed from Confluence's REST module as the author), saves, and sees the map rendered from the stored
 * storage format. A restricted author is offered only what Jira lets them see. axe-core finds nothing serious or
 * critical; each page is photographed.
 */
public class PageAuthoringBrowserIT {

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private static String persona() throws Exception {
        String key = Api.personaKey("AUTHOR");
        ObjectNode p = Api.object();
        p.put("key", key);
        p.put("name", "Nadia " + key + ", the page author's persona");
        p.put("description", "Made by the page authoring test");
        Api.ok(201, Api.post("/personas", "pm", p));
        return key;
    }

    /** Opens the macro browser and the empathy map's form, by keyboard; returns the persona select once it is filled. */
    private static WebElement openMacroForm(WebDriver browser) {
        browser.findElement(By.id("insert-macro")).sendKeys(Keys.ENTER);
        WebElement choice = waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser button[data-macro-name='empathy-map']")));
        assertEquals("the first macro has the focus", "empathy-map", browser.switchTo().activeElement().getAttribute("data-macro-name"));
        assertTrue(choice.getText(), choice.getText().contains("Empathy map"));
        assertTrue(choice.getText(), choice.getText().contains("Category: visuals"));
        choice.sendKeys(Keys.ENTER);
        WebElement persona = waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser [data-param='persona'] select")));
        waiting(browser).until(b -> persona.findElements(By.tagName("option")).size() > 1);
        return persona;
    }

    private static List<String> texts(List<WebElement> elements) {
        List<String> out = new ArrayList<>();
        elements.forEach(e -> out.add(e.getText()));
        return out;
    }

    @Test
    public void createAPageInsertTheMacroByKeyboardAndSeeTheMap() throws Exception {
        String key = persona();
        String title = Api.unique("Research wall");
        WebDriver browser = Browser.signIn("pm", "/wiki/pages/createpage.action?spaceKey=RES");
        WebElement titleField = browser.findElement(By.id("content-title"));
        titleField.sendKeys(title);
        browser.findElement(By.id("page-intro")).sendKeys("What we learnt this quarter.");
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("page-authoring-editor");

        WebElement persona = openMacroForm(browser);
        assertEquals("the persona field has the focus", persona, browser.switchTo().activeElement());
        WebElement dialog = browser.findElement(By.id("macro-browser"));
        assertTrue(dialog.getText(), dialog.getText().contains("Choose the persona whose map to show"));
        // Saving without a persona is refused in place, on the required field
        browser.findElement(By.id("macro-insert")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser [role='alert']")).isDisplayed());
        assertTrue(dialog.getText().contains("Fill in the required fields: Persona."));

        // by keyboard: the persona by its name, projects by ticking DEMO with the space bar
        new Select(persona).selectByVisibleText("Nadia " + key + ", the page author's persona");
        assertEquals(key, new Select(persona).getFirstSelectedOption().getAttribute("value"));
        WebElement projects = waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser fieldset.empathy-macro-projects")));
        List<String> offered = texts(projects.findElements(By.tagName("label")));
        assertTrue(offered.toString(), offered.contains("DEMO \u2014 Invoicing"));
        assertTrue(offered.toString(), offered.contains("BILL \u2014 Billing platform"));
        projects.findElement(By.cssSelector("input[value='DEMO']")).sendKeys(Keys.SPACE);
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("page-authoring-macro-browser");
        browser.findElement(By.id("macro-insert")).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> b.findElements(By.id("macro-browser")).isEmpty());
        assertEquals("focus back on the button that opened the macro browser", "insert-macro", browser.switchTo().activeElement().getAttribute("id"));
        String stored = browser.findElement(By.id("page-body")).getAttribute("value");
        assertTrue(stored, stored.contains("<ac:structured-macro ac:name=\"empathy-map\""));
        assertTrue(stored, stored.contains("<ac:parameter ac:name=\"persona\">" + key + "</ac:parameter>"));
        assertTrue(stored, stored.contains("<ac:parameter ac:name=\"projects\">DEMO</ac:parameter>"));

        WebElement publish = browser.findElement(By.id("rte-button-publish"));
        publish.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(publish));
        waiting(browser).until(b -> b.getCurrentUrl().contains("/wiki/spaces/RES/pages/"));
        assertEquals(title, browser.findElement(By.id("title-text")).getText());
        WebElement map = waiting(browser).until(b -> b.findElement(By.cssSelector(".wiki-content .empathy-map")));
        assertEquals("Nadia " + key + ", the page author's persona", map.findElement(By.cssSelector("h2.empathy-map-persona")).getText());
        assertTrue(browser.findElement(By.cssSelector(".wiki-content > p")).getText().contains("What we learnt this quarter."));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("page-authoring-saved-page");

        // stored: the page is listed in the space and renders the same after a reload
        String address = browser.getCurrentUrl();
        browser.get(address);
        assertTrue(texts(browser.findElements(By.cssSelector(".wb-sidebar a"))).contains(title));
        assertEquals("Nadia " + key + ", the page author's persona",
                browser.findElement(By.cssSelector(".wiki-content .empathy-map h2.empathy-map-persona")).getText());
    }

    @Test
    public void aRestrictedAuthorIsOfferedOnlyWhatJiraLetsThemSee() throws Exception {
        String key = persona();
        WebDriver browser = Browser.signIn("viewer", "/wiki/pages/createpage.action?spaceKey=RES");
        WebElement persona = openMacroForm(browser);
        List<String> offeredPersonas = new ArrayList<>();
        new Select(persona).getOptions().forEach(o -> offeredPersonas.add(o.getAttribute("value")));
        // exactly the personas Jira lists for this reader, by key, after the "choose" prompt: retired ones last
        List<String> jira = new ArrayList<>(List.of(""));
        List<String> retired = new ArrayList<>();
        for (JsonNode p : Api.ok(200, Api.get("/personas", "viewer"))) {
            (p.path("retired").asBoolean(false) ? retired : jira).add(p.path("key").asText());
        }
        jira.addAll(retired);
        assertEquals(jira, offeredPersonas);
        assertTrue(offeredPersonas.contains(key));
        WebElement projects = waiting(browser).until(b -> b.findElement(By.cssSelector("#macro-browser fieldset.empathy-macro-projects")));
        List<String> offered = new ArrayList<>();
        projects.findElements(By.cssSelector("input[type='checkbox']")).forEach(b -> offered.add(b.getAttribute("value")));
        assertEquals("viewer may not browse BILL (PHASE is the phase-in tests' project)", List.of("DEMO", "PHASE"), offered);
        assertFalse(projects.getText().contains("BILL"));
        assertEquals(List.of(), Axe.seriousViolations(browser));
        Browser.screenshot("page-authoring-macro-browser-viewer");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waiting(browser).until(b -> b.findElements(By.id("macro-browser")).isEmpty());
    }

    @Test
    public void aRefusedSaveKeepsWhatWasTyped() throws Exception {
        WebDriver browser = Browser.signIn("pm", "/wiki/pages/createpage.action?spaceKey=RES");
        browser.findElement(By.id("page-intro")).sendKeys("Nothing typed is lost.");
        WebElement publish = browser.findElement(By.id("rte-button-publish"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('content-title').removeAttribute('required')");
        publish.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> Browser.gone(publish));
        assertTrue(browser.findElement(By.id("page-errors")).getText().contains("Title: give the page a title."));
        assertEquals("Nothing typed is lost.", browser.findElement(By.id("page-intro")).getAttribute("value"));
    }
}
