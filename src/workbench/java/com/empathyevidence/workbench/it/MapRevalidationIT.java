package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.host.WorkbenchApplicationLinks;
import com.empathyevidence.workbench.web.PagesServlet;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;

/**
 * Confluence → Jira revalidation over the real application link: Jira gives each persona map a version (ETag) per
 * viewer and answers 304 to a matching If-None-Match; a change to the map's evidence, backing or links gives a new
 * one; the macro keeps the last answer per viewer in the host cache and revalidates it on every view.
 * Each run makes its own persona (a new key), page and pieces of evidence, so a rerun meets what the first run met.
 */
public class MapRevalidationIT {

    private static final String PAGE = "revalidation-map";
    private String persona;
    private long itemId;
    private String statement;

    @Before
    public void ownPersonaAndPage() throws Exception {
        persona = "REVAL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        HttpResponse<String> created = Http.post("/rest/empathy/1.0/personas", "pm", "application/json",
                "{\"key\":\"" + persona + "\",\"name\":\"Rita, revalidated\",\"description\":\"A persona of the revalidation test.\"}");
        assertEquals(created.body(), 201, created.statusCode());
        statement = "Checks the VAT period twice " + persona;
        itemId = Http.json(Http.post("/rest/empathy/1.0/personas/" + persona + "/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"" + statement + "\"}")).get("id").asLong();
        back(evidence("First quote of " + persona));
        PagesServlet.PAGES.put(PAGE, new PagesServlet.DemoPage(PAGE, "Persona: Rita, revalidated", "The revalidation test's page.",
                Map.of("persona", persona, "layout", "extended")));
    }

    @Test
    public void jiraAnswers304ToTheVersionItGaveThatViewerAndANewVersionAfterAChange() throws Exception {
        String path = "/rest/empathy/1.0/personas/" + persona + "/map?quotes=10&unsorted=10";
        HttpResponse<String> first = Http.get(path, "pm");
        assertEquals(first.body(), 200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElse(null);
        assertNotNull("the map carries its version", etag);
        assertTrue(etag, etag.startsWith("\"") && etag.endsWith("\"") && etag.length() > 10);
        assertEquals("private, no-cache", first.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(first.body().contains("First quote of " + persona));

        HttpResponse<String> again = ifNoneMatch(path, "pm", etag);
        assertEquals("nothing changed: not modified", 304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElse(null));

        // another viewer (who may not browse BILL) never gets pm's version, and is sent the map itself for it
        HttpResponse<String> viewer = ifNoneMatch(path, "viewer", etag);
        assertEquals(viewer.body(), 200, viewer.statusCode());
        String viewerTag = viewer.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, viewerTag);
        assertEquals(304, ifNoneMatch(path, "viewer", viewerTag).statusCode());
        // other parameters, another version
        assertNotEquals(etag, Http.get("/rest/empathy/1.0/personas/" + persona + "/map?quotes=3&unsorted=10", "pm")
                .headers().firstValue("ETag").orElseThrow());

        // a link to the map's evidence is a change: the old version gets the new map
        long linked = evidence("Linked quote of " + persona);
        back(linked);
        HttpResponse<String> afterBacking = ifNoneMatch(path, "pm", etag);
        assertEquals(200, afterBacking.statusCode());
        String backedTag = afterBacking.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, backedTag);
        HttpResponse<String> link = Http.post("/rest/empathy/1.0/issues/DEMO-24/links", "pm", "application/json",
                "{\"evidenceId\":" + linked + ",\"relation\":\"SUPPORTS\"}");
        assertEquals(link.body(), 201, link.statusCode());
        try {
            HttpResponse<String> afterLink = ifNoneMatch(path, "pm", backedTag);
            assertEquals(200, afterLink.statusCode());
            assertTrue(afterLink.body().contains("DEMO-24"));
        } finally {
            assertEquals(200, Http.send("DELETE", "/rest/empathy/1.0/issues/DEMO-24/links/evidence/" + linked, "pm", "application/json", null).statusCode());
        }
        // the anonymous and the unknown are refused as before, whatever they send
        assertEquals(401, ifNoneMatch(path, null, etag).statusCode());
        assertEquals(404, ifNoneMatch("/rest/empathy/1.0/personas/NO-SUCH-" + persona + "/map", "pm", etag).statusCode());
    }

    @Test
    public void theMacroRevalidatesTheMapItKeptForThatViewerOverTheApplicationLink() throws Exception {
        WorkbenchApplicationLinks link = SharedWorkbench.get().applicationLinks();
        String first = Http.get("/wiki/spaces/RES/pages/" + PAGE, "pm").body();
        assertTrue(first, first.contains(statement));
        assertTrue(first.contains("First quote of " + persona));

        int notModified = link.answered(304);
        String second = Http.get("/wiki/spaces/RES/pages/" + PAGE, "pm").body();
        assertEquals("Jira said the kept map is current", notModified + 1, link.answered(304));
        assertTrue(second.contains(statement));
        assertTrue(second.contains("First quote of " + persona));
        assertFalse("shown as current, not as a copy", second.contains("empathy-map-notice") || second.contains("Showing the map as of"));

        // another viewer has no copy of their own yet: Jira sends them their map
        int before = link.answered(304);
        String viewer = Http.get("/wiki/spaces/RES/pages/" + PAGE, "viewer").body();
        assertEquals(before, link.answered(304));
        assertTrue(viewer.contains(statement));

        // a change in Jira reaches the next view at once
        back(evidence("Second quote of " + persona));
        int beforeChange = link.answered(304);
        String third = Http.get("/wiki/spaces/RES/pages/" + PAGE, "pm").body();
        assertEquals("changed: the map itself was sent", beforeChange, link.answered(304));
        assertTrue(third, third.contains("Second quote of " + persona));
        String fourth = Http.get("/wiki/spaces/RES/pages/" + PAGE, "pm").body();
        assertEquals(beforeChange + 1, link.answered(304));
        assertTrue(fourth.contains("Second quote of " + persona));
    }

    @Test
    public void onJirasNotModifiedTheMacroShowsItsKeptRenderAndRendersAgainForAnyOtherInput() throws Exception {
        WorkbenchApplicationLinks link = SharedWorkbench.get().applicationLinks();
        com.empathyevidence.workbench.host.WorkbenchTemplateRenderer templates = SharedWorkbench.get().templates();
        // pages are stored on their first view: this test's own pages, for its own persona
        String extendedId = "revalidation-render-" + persona.toLowerCase(Locale.ROOT);
        String classicId = "revalidation-classic-" + persona.toLowerCase(Locale.ROOT);
        PagesServlet.PAGES.put(extendedId, new PagesServlet.DemoPage(extendedId, "Persona: Rita, revalidated", "The revalidation test's page.",
                Map.of("persona", persona, "layout", "extended")));
        PagesServlet.PAGES.put(classicId, new PagesServlet.DemoPage(classicId, "Persona: Rita, classic", "The revalidation test's classic page.",
                Map.of("persona", persona, "layout", "classic")));
        String page = "/wiki/spaces/RES/pages/" + extendedId;
        String first = macro(Http.get(page, "pm").body());
        assertTrue(first, first.contains("First quote of " + persona));

        // nothing changed: Jira says 304 and the page is the kept render, not a new one
        int notModified = link.answered(304);
        int renders = templates.renders(MAP_TEMPLATE);
        String second = macro(Http.get(page, "pm").body());
        assertEquals(notModified + 1, link.answered(304));
        assertEquals("the kept render was shown: the map was not rendered again", renders, templates.renders(MAP_TEMPLATE));
        assertEquals(first, second);

        // another viewer never gets pm's render: their own map is fetched and rendered
        int viewerRenders = templates.renders(MAP_TEMPLATE);
        String viewer = macro(Http.get(page, "viewer").body());
        assertEquals(viewerRenders + 1, templates.renders(MAP_TEMPLATE));
        assertTrue(viewer.contains(statement));

        // other parameters of the macro (another layout) are another render, though Jira's map is the same
        page = "/wiki/spaces/RES/pages/" + classicId;
        int classicRenders = templates.renders(MAP_TEMPLATE);
        String classic = macro(Http.get(page, "pm").body());
        assertEquals(classicRenders + 1, templates.renders(MAP_TEMPLATE));
        assertNotEquals(first, classic);
        assertEquals(classic, macro(Http.get(page, "pm").body()));
        assertEquals("the classic render is kept too", classicRenders + 1, templates.renders(MAP_TEMPLATE));

        // Confluence in read-only mode: Jira's map is unchanged, but the page must say why it has no write controls
        assertTrue("pm may change the map: the kept render has write controls", classic.contains("empathy-map-add-open"));
        readOnly(true);
        try {
            String paused = macro(Http.get(page, "pm").body());
            assertFalse("no write controls in read-only mode", paused.contains("empathy-map-add-open"));
            assertNotEquals(classic, paused);
        } finally {
            readOnly(false);
        }
        assertEquals(classic, macro(Http.get(page, "pm").body()));

        // a change in Jira: the old render is never shown again (the extended layout shows the item's pains)
        back(evidence("Third quote of " + persona));
        String changed = macro(Http.get("/wiki/spaces/RES/pages/" + extendedId, "pm").body());
        assertTrue(changed, changed.contains("Third quote of " + persona));
    }

    private static final String MAP_TEMPLATE = "templates/empathy-map.vm";

    /** The macro's output in a page (from its outer element on), without the page around it. */
    private static String macro(String page) {
        int start = page.indexOf("<div class=\"empathy-map");
        assertTrue(page, start >= 0);
        return page.substring(start);
    }

    private static void readOnly(boolean on) throws Exception {
        HttpResponse<String> r = Http.post("/workbench/read-only", "admin", "application/json",
                "{\"product\":\"confluence\",\"readOnly\":" + on + "}");
        assertEquals(r.body(), 200, r.statusCode());
    }

    private static HttpResponse<String> ifNoneMatch(String path, String user, String etag) throws Exception {
        if (user == null) {
            return Http.send(SharedWorkbench.url(path), "GET", null, null, "If-None-Match", etag);
        }
        return Http.send(SharedWorkbench.url(path), "GET", null, null, "If-None-Match", etag, "Authorization", Http.basic(user, user));
    }

    private long evidence(String text) throws Exception {
        String body = Http.JSON.writeValueAsString(Map.of("text", text, "section", "PAINS", "sourceKind", "INTERVIEW", "project", "DEMO",
                "persona", persona, "observedOn", java.time.LocalDate.now().minusDays(5).toString(), "participant", "P-R" + Math.abs(text.hashCode() % 900),
                "participantConsent", true));
        HttpResponse<String> response = Http.post("/rest/empathy/1.0/evidence", "pm", "application/json", body);
        assertEquals(response.body(), 201, response.statusCode());
        return Http.json(response).get("id").asLong();
    }

    private void back(long evidenceId) throws Exception {
        HttpResponse<String> backed = Http.post("/rest/empathy/1.0/personas/items/" + itemId + "/evidence", "pm", "application/json",
                "{\"evidenceId\":" + evidenceId + "}");
        assertTrue(backed.body(), backed.statusCode() / 100 == 2);
    }
}
