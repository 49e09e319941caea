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
