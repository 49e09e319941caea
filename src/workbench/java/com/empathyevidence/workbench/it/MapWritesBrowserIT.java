package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.web.PagesServlet;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Writing from the empathy map in a real browser, keyboard first, on a persona of its own (made through the REST API):
 * add an item (a validation message at the field, what was typed kept), attach evidence to it (its assumption mark
 * goes), re-confirm a quote (its freshness label says re-confirmed), markup stays text, and a viewer gets no controls.
 */
public class MapWritesBrowserIT {

    /** The page-level banners and contentinfos: header and footer elements outside sectioning content, and the roles. */
    private static final String LANDMARKS = "return Array.from(document.querySelectorAll('header, footer, [role=banner], [role=contentinfo]')).filter(function (h) {"
                        + " return h.getAttribute('role') || !h.closest('article, aside, main, nav, section'); }).length";

    private static String persona;
    private static String page;
    private static String searchWords;

    @BeforeClass
    public static void persona() throws Exception {
        SharedWorkbench.get();
        persona = Api.personaKey("MAPW");
        Api.createPersona(persona);
        searchWords = "Zebra ledger " + persona.toLowerCase(java.util.Locale.ROOT);
        // an item backed by a quote observed 100 days ago, to re-confirm
        ObjectNode item = Api.object().put("section", "THINKS").put("statement", "Thinks the bank feed is wrong");
        long itemId = Api.ok(201, Api.post("/personas/" + persona + "/items", "pm", item)).get("id").asLong();
        ObjectNode old = Api.evidence("The bank feed lies to me every month");
        old.put("persona", persona).put("section", "THINKS").put("observedOn", LocalDate.now().minusDays(100).toString());
        long oldId = Api.createEvidence("pm", old).get("id").asLong();
        Api.ok(204, Api.post("/personas/items/" + itemId + "/evidence", "pm", Api.object().put("evidenceId", oldId)));
        // evidence not yet on the map, to attach
        ObjectNode loose = Api.evidence(searchWords + ": keeps a paper list of closed clients");
        loose.put("persona", persona).put("section", "FEELS");
        Api.createEvidence("pm", loose);
        String id = "map-writes-" + persona.toLowerCase(java.util.Locale.ROOT);
        PagesServlet.PAGES.putIfAbsent(id, new PagesServlet.DemoPage(id, "Persona " + persona, "A map a test changes.",
                Map.of("persona", persona)));
        page = "/wiki/spaces/RES/pages/" + id;
    }

    private static WebDriver signIn(String user) {
        return Browser.signIn(user, page);
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private static WebElement focused(WebDriver browser) {
        return browser.switchTo().activeElement();
    }

    private static String status(WebDriver browser) {
        List<WebElement> found = browser.findElements(By.cssSelector(".empathy-map-status"));
        return found.isEmpty() ? "" : found.get(0).getText();
    }

    private static WebElement itemWith(WebDriver browser, String statement) {
        for (WebElement li : browser.findElements(By.cssSelector(".empathy-map-item"))) {
            if (li.findElement(By.cssSelector(".empathy-map-statement")).getText().contains(statement)) {
                return li;
            }
        }
        return null;
    }

    @Test
    public void aReaderWhoMayEditAddsAnItemAttachesEvidenceAndReconfirmsAQuote() throws Exception {
        WebDriver browser = signIn("pm");
        String hostile = "Fears <b>losing</b> work <img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";

        // add an item, keyboard only: the button, then type; too long is said at the field and the text stays
        WebElement add = browser.findElement(By.cssSelector(".empathy-map-add-open[data-section=\"feels\"]"));
        add.sendKeys(Keys.ENTER);
        WebElement input = focused(browser);
        assertEquals("statement", input.getAttribute("name"));
        String tooLong = "x".repeat(301);
        input.sendKeys(tooLong);
        WebElement error = browser.findElement(By.cssSelector(".empathy-map-add-form .empathy-map-field-error"));
        assertEquals("Use at most 300 characters (this has 301).", error.getText());
        assertEquals("true", input.getAttribute("aria-invalid"));
        input.sendKeys(Keys.ENTER);
        assertEquals(tooLong, input.getAttribute("value"));
        assertEquals("Use at most 300 characters (this has 301).", error.getText());
        input.clear();
        input.sendKeys(hostile);
        input.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("Item added under Feels."));
        assertEquals("feels", focused(browser).getAttribute("data-section"));

        // the statement is text: markup shown, nothing run, no element made from it
        WebElement added = itemWith(browser, "Fears <b>losing</b> work");
        assertTrue(added.getText(), added.getText().contains(hostile));
        assertTrue(added.findElements(By.cssSelector("img, b, script")).isEmpty());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned"));
        assertFalse(added.findElements(By.cssSelector(".empathy-assumption-mark")).isEmpty());

        // attach evidence with the panel's keyboard model: search by its words, the first result is highlighted (not
        // picked), Enter picks it, a second Enter attaches it; the assumption mark goes
        Object landmarks = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(LANDMARKS);
        added.findElement(By.cssSelector(".empathy-map-attach-open")).sendKeys(Keys.ENTER);
        WebElement q = focused(browser);
        assertEquals("combobox", q.getAttribute("role"));
        WebElement dialog = browser.findElement(By.cssSelector(".empathy-map-dialog"));
        assertTrue("the dialog adds no second page banner or contentinfo", dialog.findElements(By.cssSelector("header, footer")).isEmpty());
        assertEquals("no second page banner or contentinfo", landmarks,
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(LANDMARKS));
        assertEquals("its heading is one level below the map's (the persona's name)",
                "h" + (Integer.parseInt(browser.findElement(By.cssSelector(".empathy-map-persona")).getTagName().substring(1)) + 1),
                dialog.findElement(By.cssSelector(".aui-dialog2-header-main")).getTagName());
        q.sendKeys(searchWords);
        waiting(browser).until(b -> {
            List<WebElement> active = b.findElements(By.cssSelector(".empathy-map-results .empathy-result-active"));
            return active.size() == 1 && active.get(0).getText().contains("keeps a paper list of closed clients")
                    && b.findElements(By.cssSelector(".empathy-map-results [role=\"option\"]")).size() == 1;
        });
        assertTrue("nothing is picked until the person picks it",
                browser.findElements(By.cssSelector(".empathy-map-results [aria-selected=\"true\"]")).isEmpty());
        q.sendKeys(Keys.ENTER);
        assertEquals("Enter picks", "true", browser.findElement(By.cssSelector(".empathy-map-results .empathy-result-active")).getAttribute("aria-selected"));
        assertFalse("and attaches nothing yet", browser.findElements(By.cssSelector(".empathy-map-dialog")).isEmpty());
        q.sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).startsWith("Evidence attached to"));
        assertTrue(browser.findElements(By.cssSelector(".empathy-map-dialog")).isEmpty());
        WebElement backed = itemWith(browser, "Fears <b>losing</b> work");
        assertTrue(backed.findElements(By.cssSelector(".empathy-assumption-mark")).isEmpty());
        assertTrue(backed.getText().contains("keeps a paper list of closed clients"));
        assertEquals(backed.findElement(By.cssSelector(".empathy-map-attach-open")), focused(browser));

        // re-confirm the old quote: "still true as of today" with a note; its freshness label says re-confirmed
        WebElement thinks = itemWith(browser, "Thinks the bank feed is wrong");
        assertTrue(thinks.findElement(By.cssSelector(".empathy-freshness")).getText().contains("observed"));
        WebElement reconfirm = thinks.findElement(By.cssSelector(".empathy-map-reconfirm"));
        String evidenceId = reconfirm.getAttribute("data-evidence-id");
        reconfirm.sendKeys(Keys.ENTER);
        WebElement note = focused(browser);
        assertEquals("textarea", note.getTagName());
        assertTrue(thinks.getText().contains("Still true as of today (" + browser.findElement(By.cssSelector(".empathy-map")).getAttribute("data-today") + ")?"));
        note.sendKeys("Asked P-014 again");
        note.sendKeys(Keys.TAB);
        focused(browser).sendKeys(Keys.ENTER);
        waiting(browser).until(b -> status(b).equals("Re-confirmed as still true today."));
        WebElement after = itemWith(browser, "Thinks the bank feed is wrong");
        assertTrue(after.findElement(By.cssSelector(".empathy-freshness")).getText(),
                after.findElement(By.cssSelector(".empathy-freshness")).getText().contains("re-confirmed"));
        assertEquals(evidenceId, focused(browser).getAttribute("data-evidence-id"));
        Browser.screenshot("map-writes");
    }

    @Test
    public void aReaderWhoMayNotEditSeesNoWriteControls() throws Exception {
        WebDriver browser = signIn("viewer");
        WebElement map = browser.findElement(By.cssSelector(".empathy-map"));
        assertNull(map.getAttribute("data-editor"));
        assertTrue(browser.findElements(By.cssSelector(".empathy-map-add-open, .empathy-map-attach-open, .empathy-map-reconfirm")).isEmpty());
        assertTrue(map.getText().contains("Thinks the bank feed is wrong"));
    }

    @Test
    public void exportsCarryNoWriteControls() throws Exception {
        String pdf = Http.get(page + "?output=pdf", "pm").body();
        assertTrue(pdf.contains("Thinks the bank feed is wrong"));
        assertFalse(pdf.contains("<script"));
        assertFalse(pdf.contains("data-editor"));
        assertFalse(pdf.contains("empathy-map-add-open"));
    }
}
