package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceKind;
import com.empathyevidence.domain.NewEvidence;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.Section;
import com.empathyevidence.domain.Source;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.storage.AoEvidenceStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

/** The plugin's REST resources, panel and macro served by a started workbench, over real HTTP. */
public class WorkbenchHttpIT {

    @Test
    public void issueEvidenceIsServedAsJsonWithFreshness() throws Exception {
        HttpResponse<String> response = Http.get("/rest/empathy/1.0/issues/DEMO-1/evidence", "pm");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Http.json(response);
        assertEquals("DEMO-1", body.get("issueKey").asText());
        assertEquals(6, body.get("evidence").size());
        assertEquals(0, body.get("hidden").asInt());
        Set<String> freshness = new HashSet<>();
        Set<String> relations = new HashSet<>();
        for (JsonNode e : body.get("evidence")) {
            freshness.add(e.get("freshness").asText());
            relations.add(e.get("relation").asText());
        }
        assertEquals(Set.of("FRESH", "AGING", "STALE"), freshness);
        assertEquals(Set.of("ADDRESSES", "SUPPORTS", "CONTRADICTS"), relations);
    }

    @Test
    public void evidenceFromAProjectTheViewerCannotBrowseIsCountedNotShown() throws Exception {
        JsonNode body = Http.json(Http.get("/rest/empathy/1.0/issues/DEMO-1/evidence", "viewer"));
        assertEquals(5, body.get("evidence").size());
        assertEquals(1, body.get("hidden").asInt());
        for (JsonNode e : body.get("evidence")) {
            assertFalse("BILL evidence leaked to the viewer", "BILL".equals(e.get("projectKey").asText()));
            assertFalse(e.get("text").asText().contains("Northwind"));
        }
    }

    @Test
    public void anonymousCallersGet401WithTheErrorBody() throws Exception {
        HttpResponse<String> response = Http.get("/rest/empathy/1.0/issues/DEMO-1/evidence", null);
        assertEquals(401, response.statusCode());
        JsonNode body = Http.json(response);
        assertEquals(401, body.get("status").asInt());
        assertFalse(body.get("message").asText().isBlank());
    }

    @Test
    public void wrongPasswordIsRejected() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(SharedWorkbench.url("/rest/empathy/1.0/issues/DEMO-1/evidence"))
                .header("Authorization", Http.basic("pm", "wrong")).build();
        assertEquals(401, java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void anIssueTheCallerCannotBrowseLooksExactlyLikeAMissingOne() throws Exception {
        HttpResponse<String> forbidden = Http.get("/rest/empathy/1.0/issues/BILL-1/evidence", "viewer");
        HttpResponse<String> missing = Http.get("/rest/empathy/1.0/issues/NOPE-9/evidence", "viewer");
        assertEquals(404, forbidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals("Issue BILL-1 doesn\u2019t exist or you don\u2019t have permission to see it.", Http.json(forbidden).get("message").asText());
        assertEquals(200, Http.get("/rest/empathy/1.0/issues/BILL-1/evidence", "pm").statusCode());
    }

    @Test
    public void personaMapGroupsEvidenceBySection() throws Exception {
        JsonNode map = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map", "pm"));
        assertEquals("Amira, the small-practice accountant", map.get("name").asText());
        assertEquals(9, map.get("sections").size());
        int pains = 0;
        for (JsonNode section : map.get("sections")) {
            // evidence backing no map item is listed under its own section
            for (JsonNode e : section.get("evidence")) {
                assertEquals(section.get("section").asText(), e.get("section").asText());
                if ("PAINS".equals(e.get("section").asText())) {
                    pains++;
                }
            }
            // evidence backing an item is listed under the item (it may come from another section)
            for (JsonNode item : section.get("items")) {
                for (JsonNode e : item.get("evidence")) {
                    if ("PAINS".equals(section.get("section").asText()) && "PAINS".equals(e.get("section").asText())) {
                        pains++;
                    }
                }
            }
        }
        assertTrue(pains >= 2);
        assertEquals(404, Http.get("/rest/empathy/1.0/personas/NOBODY/map", "pm").statusCode());
    }

    @Test
    public void theMapCanListFewerQuotesWhileItsCountsCoverAllEvidence() throws Exception {
        JsonNode full = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map", "pm"));
        JsonNode few = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?quotes=1&unsorted=0", "pm"));
        int truncatedItems = 0;
        for (int s = 0; s < full.get("sections").size(); s++) {
            JsonNode a = full.get("sections").get(s);
            JsonNode b = few.get("sections").get(s);
            assertEquals(a.get("evidenceTotal").asInt(), b.get("evidenceTotal").asInt());
            assertEquals(a.get("staleTotal").asInt(), b.get("staleTotal").asInt());
            assertEquals(a.get("evidence").size(), b.get("unsortedTotal").asInt());
            assertEquals(0, b.get("evidence").size());
            for (int i = 0; i < a.get("items").size(); i++) {
                int all = a.get("items").get(i).get("evidence").size();
                assertEquals(all, b.get("items").get(i).get("evidenceTotal").asInt());
                assertEquals(Math.min(1, all), b.get("items").get(i).get("evidence").size());
                truncatedItems += all > 1 ? 1 : 0;
            }
        }
        assertTrue("the demo map has items with more than one quote", truncatedItems > 0);
        HttpResponse<String> bad = Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?quotes=-1", "pm");
        assertEquals(400, bad.statusCode());
        assertEquals("quotes", Http.json(bad).get("fieldErrors").get(0).get("field").asText());
    }

    @Test
    public void theIssuePageCarriesThePanelRenderedByTheRealTemplate() throws Exception {
        HttpResponse<String> page = Http.get("/browse/DEMO-1", "pm");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("id=\"empathy-evidence-panel\""));
        assertTrue(html.contains("I re-key every single line of the bank statement."));
        assertTrue(html.contains(">Contradicts<"));
        assertTrue(html.matches("(?s).*>Stale</span> <span class=\"empathy-freshness-why\">\u2014 usage analytics go stale after 90 days; observed \\d+ months ago, stale since .*"));
        assertFalse(html.contains("Error rendering"));
    }

    @Test
    public void anIssueWithoutEvidenceShowsTheEmptyState() throws Exception {
        String html = Http.get("/browse/DEMO-3", "pm").body();
        assertTrue(html.contains("No user evidence is linked to this issue yet."));
    }

    @Test
    public void theConfluencePageCarriesTheMacroFedFromJiraOverTheApplicationLink() throws Exception {
        String html = Http.get("/wiki/spaces/RES/pages/accountant-map", "pm").body();
        assertTrue(html.contains("class=\"empathy-map\""));
        assertTrue(html.contains("Amira, the small-practice accountant"));
        assertTrue(html.contains("Forty clients, every month."));
        assertTrue(html.contains("The deal hinges on bank import."));
        String asViewer = Http.get("/wiki/spaces/RES/pages/accountant-map", "viewer").body();
        assertFalse("Jira permissions must apply to the macro", asViewer.contains("The deal hinges on bank import."));
        assertTrue(asViewer.contains("1 piece of evidence is hidden because you can\u2019t see its Jira project."));
    }

    @Test
    public void theMacroSaysSoWhenThePersonaDoesNotExistInJira() throws Exception {
        String html = Http.get("/wiki/spaces/RES/pages/missing-persona", "pm").body();
        assertTrue(html.contains("There is no persona with the key NOBODY in Jira."));
    }

    @Test
    public void markupInEvidenceIsRenderedAsInertText() throws Exception {
        AoEvidenceStore store = SharedWorkbench.get().jiraPlugin().component(AoEvidenceStore.class);
        Evidence hostile = store.createEvidence(new NewEvidence("<script>alert('x')</script><b>bold</b> \"quoted\"",
                EvidenceKind.QUOTE, Section.SAYS, new Source(SourceKind.OTHER, "<img src=x onerror=alert(1)>", "javascript:alert(1)", null),
                "P-<i>99</i>", null, "OPS-MANAGER", "BILL", LocalDate.now().minusDays(2), "pm"));
        // BILL-31 is this test's own issue: other tests link many pieces to BILL-2, and the panel lists a screenful per relation
        store.link("BILL-31", com.empathyevidence.domain.LinkTarget.evidence(hostile.id()), Relation.SUPPORTS, "pm", null);
        String html = Http.get("/browse/BILL-31", "pm").body();
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &quot;quoted&quot;"));
        assertFalse(html.contains("<script>alert"));
        assertFalse(html.contains("<img src=x"));
        assertFalse("a javascript: link must never reach an href", html.contains("href=\"javascript:"));
        assertTrue(html.contains("P-&lt;i&gt;99&lt;/i&gt;"));
        String map = Http.get("/wiki/spaces/RES/pages/ops-map", "pm").body();
        assertTrue(map.contains("&lt;script&gt;alert("));
        assertFalse(map.contains("<script>alert"));
    }
}
