package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.PluginDescriptor;
import com.empathyevidence.workbench.host.WorkbenchWebResources;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Pages link a web-resource only when it is required, as the hosts' web-resource manager does: the map's stylesheet
 * because the macro requires it while rendering (it joins no context), the scripts through their page's context, each
 * after the AUI module it depends on.
 */
public class WebResourcesHttpIT {

    private static final String KEY = PluginDescriptor.load().key;
    private static final String MAP_CSS = "/download/resources/" + KEY + ":empathy-map-resources/empathy.css";
    private static final String MAP_JS = "/download/resources/" + KEY + ":empathy-map-actions/empathy-map.js";
    private static final String PANEL_CSS = "/download/resources/" + KEY + ":evidence-panel-resources/empathy.css";
    private static final String MAP_TEXTS_JS = "/download/resources/" + KEY + ":empathy-map-actions/empathy-texts.js";
    private static final String PANEL_TEXTS_JS = "/download/resources/" + KEY + ":evidence-panel-resources/empathy-texts.js";
    private static final String PANEL_JS = "/download/resources/" + KEY + ":evidence-panel-resources/evidence-panel.js";
    private static final String AJS = "/static/ajs.js";
    private static final String OWNERSHIP_JS = "/download/resources/" + KEY + ":ownership-resources/ownership.js";
    private static final Pattern LINK = Pattern.compile("<(?:link rel=\"stylesheet\" href|script defer src)=\"([^\"]+)\"");

    /** The stylesheets and scripts in the page's head, in order. */
    private static List<String> headResources(String html) {
        String head = html.substring(0, html.indexOf("</head>"));
        List<String> out = new ArrayList<>();
        Matcher m = LINK.matcher(head);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    public void theMapPageLinksTheStylesheetTheMacroRequires() throws Exception {
        String html = Http.get("/wiki/spaces/RES/pages/accountant-map", "pm").body();
        assertTrue(html.contains("class=\"empathy-map"));
        assertEquals(List.of("/static/workbench.css", MAP_CSS, AJS, MAP_TEXTS_JS, MAP_JS), headResources(html));
        HttpResponse<String> css = Http.get(MAP_CSS, "pm");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(css.body().contains(".empathy-map"));
        assertEquals(200, Http.get(AJS, "pm").statusCode());
        HttpResponse<String> texts = Http.get(MAP_TEXTS_JS, "pm");
        assertEquals(200, texts.statusCode());
        assertTrue("the shared plural formatting", texts.body().contains("window.EmpathyEvidenceTexts"));
    }

    @Test
    public void anExportLinksTheStylesheetAndNoScript() throws Exception {
        String pdf = Http.get("/wiki/spaces/RES/pages/accountant-map?output=pdf", "pm").body();
        assertEquals(List.of("/static/workbench.css", MAP_CSS), headResources(pdf));
    }

    @Test
    public void theIssuePageLinksWhatItsContextBringsAndNothingOfTheMap() throws Exception {
        String html = Http.get("/browse/DEMO-1", "pm").body();
        assertEquals(List.of("/static/workbench.css", PANEL_CSS, AJS, PANEL_TEXTS_JS, PANEL_JS, OWNERSHIP_JS), headResources(html));
    }

    @Test
    public void aResourceInNoContextIsIncludedOnlyWhenRequired() {
        WorkbenchWebResources resources = new WorkbenchWebResources(PluginDescriptor.load());
        resources.beginPage();
        resources.assembler().resources().requireContext("viewcontent");
        List<String> urls = resources.endPage().stream().map(WorkbenchWebResources.Download::url).toList();
        assertEquals("Confluence's page view alone brings the map's script and AUI, not the map's styles", List.of(AJS, MAP_TEXTS_JS, MAP_JS), urls);

        resources.beginPage();
        resources.assembler().resources().requireWebResource(KEY + ":empathy-map-resources");
        resources.assembler().resources().requireWebResource(KEY + ":empathy-map-resources");
        resources.assembler().resources().requireContext("viewcontent");
        urls = resources.endPage().stream().map(WorkbenchWebResources.Download::url).toList();
        assertEquals("each module once, in the order required, dependencies first", List.of(MAP_CSS, AJS, MAP_TEXTS_JS, MAP_JS), urls);
    }

    @Test
    public void requiringOutsideAPageOrAnUnknownModuleFails() {
        WorkbenchWebResources resources = new WorkbenchWebResources(PluginDescriptor.load());
        assertThrows(() -> resources.assembler());
        resources.beginPage();
        resources.assembler().resources().requireWebResource(KEY + ":no-such-resources");
        assertThrows(resources::endPage);
        assertFalse("the page ended anyway", isBuilding(resources));
    }

    private static boolean isBuilding(WorkbenchWebResources resources) {
        try {
            resources.assembler();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static void assertThrows(Runnable r) {
        try {
            r.run();
        } catch (IllegalStateException expected) {
            return;
        }
        throw new AssertionError("expected an IllegalStateException");
    }
}
