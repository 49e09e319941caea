package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;

/**
 * The workbench's issue search at Jira's addresses ({@code /issues/?jql=} and {@code /rest/api/2/search}) runs every
 * JQL example README documents over the indexed {@code empathy.evidence} property, as the searcher, and refuses bad JQL
 * with Jira's plain sentences. The tests own DEMO-27 (one stale piece), DEMO-28 (one aging piece) and DEMO-29 (linked
 * once, now without evidence) and set them up before each test; they never count issues other tests may change.
 */
public class JqlSearchIT {

    static final String P = "issue.property[empathy.evidence].";
    private static final List<String> OWNED = List.of("DEMO-27", "DEMO-28", "DEMO-29");
    private static final Pattern PROPERTY = Pattern.compile("data-property=\"empathy.evidence\">([^<]*)<");

    @Before
    public void theOwnedIssuesHaveKnownEvidence() throws Exception {
        for (String issue : OWNED) {
            clear(issue);
        }
        link("DEMO-27", piece("USABILITY_TEST", LocalDate.of(2025, 12, 1)));
        link("DEMO-28", piece("INTERVIEW", LocalDate.now().minusDays(300)));
        ok(201, post("/issues/DEMO-28/links", "pm", object().put("evidenceId", piece("SURVEY", LocalDate.now().minusDays(20)))
                .put("relation", "CONTRADICTS")));
        long gone = piece("INTERVIEW", LocalDate.now().minusDays(3));
        link("DEMO-29", gone);
        clear("DEMO-29");
    }

    @Test
    public void issuesRestingOnStaleEvidence() throws Exception {
        List<String> found = keys("pm", P + "staleCount > 0");
        assertTrue(found.toString(), found.contains("DEMO-27"));
        assertFalse(found.toString(), found.contains("DEMO-28"));
        assertFalse(found.toString(), found.contains("DEMO-29"));
        everyResultHas(found, p -> p.get("staleCount").asInt() > 0);
    }

    @Test
    public void issuesWhoseEvidenceIsTurningStale() throws Exception {
        List<String> found = keys("pm", P + "agingCount > 0");
        assertTrue(found.toString(), found.contains("DEMO-28"));
        assertFalse(found.toString(), found.contains("DEMO-27"));
        everyResultHas(found, p -> p.get("agingCount").asInt() > 0);
    }

    @Test
    public void issuesWithWeakEvidenceByStrengthAndByBand() throws Exception {
        List<String> weak = keys("pm", P + "strength < 40");
        everyResultHas(weak, p -> p.get("strength").asInt() < 40);
        List<String> low = keys("pm", P + "band = LOW");
        everyResultHas(low, p -> "LOW".equals(p.get("band").asText()));
        for (String issue : OWNED) {
            JsonNode p = property(issue);
            assertEquals(issue + " " + p, p.get("strength").asInt() < 40, weak.contains(issue));
            assertEquals(issue + " " + p, "LOW".equals(p.get("band").asText()), low.contains(issue));
        }
        assertTrue("a single stale usability test is weak evidence: " + property("DEMO-27"), weak.contains("DEMO-27"));
    }

    @Test
    public void issuesWithLittleConfidenceByTheirGrade() throws Exception {
        List<String> little = keys("pm", P + "confidence IN (LOW, VERY_LOW)");
        everyResultHas(little, p -> List.of("LOW", "VERY_LOW").contains(p.get("confidence").asText()));
        // DEMO-27: one stale usability test of one person: adequacy and relevance serious → LOW
        assertEquals("LOW", property("DEMO-27").get("confidence").asText());
        // DEMO-28: one aging interview against one survey: coherence and adequacy serious, relevance moderate,
        // methods minor → 2 + ⌊3 / 3⌋ = 3 levels down → VERY_LOW
        assertEquals("VERY_LOW", property("DEMO-28").get("confidence").asText());
        assertTrue(little.toString(), little.containsAll(List.of("DEMO-27", "DEMO-28")));
        List<String> moderate = keys("pm", P + "confidence = MODERATE");
        everyResultHas(moderate, p -> "MODERATE".equals(p.get("confidence").asText()));
        assertFalse(moderate.contains("DEMO-27"));
    }

    @Test
    public void issuesThatOnceHadEvidenceAndHaveNoneNow() throws Exception {
        List<String> found = keys("pm", P + "count = 0");
        assertTrue(found.toString(), found.contains("DEMO-29"));
        assertFalse(found.toString(), found.contains("DEMO-27"));
        everyResultHas(found, p -> p.get("count").asInt() == 0);
    }

    @Test
    public void issuesNeverLinkedToEvidence() throws Exception {
        List<String> found = keys("pm", "project = DEMO AND " + P + "count is EMPTY");
        assertFalse("DEMO-3 has never been linked to evidence (README): " + found, found.isEmpty());
        for (String key : found) {
            assertTrue(key, key.startsWith("DEMO-"));
            assertFalse(key + " has the property", PROPERTY.matcher(Http.get("/browse/" + key, "admin").body()).find());
        }
        for (String issue : OWNED) {
            assertFalse(found.toString(), found.contains(issue));
        }
    }

    @Test
    public void nothingReconfirmedOrObservedSinceADate() throws Exception {
        List<String> found = keys("pm", P + "freshestOn < \"2026-01-01\"");
        assertTrue(found.toString(), found.contains("DEMO-27"));
        assertFalse(found.toString(), found.contains("DEMO-28"));
        assertFalse("no evidence, no date: " + found, found.contains("DEMO-29"));
        everyResultHas(found, p -> LocalDate.parse(p.get("freshestOn").asText()).isBefore(LocalDate.of(2026, 1, 1)));
    }

    @Test
    public void issuesWithCounterEvidenceOrThinEvidence() throws Exception {
        List<String> contradicted = keys("pm", P + "warnings = COUNTER_EVIDENCE");
        assertTrue(contradicted.toString(), contradicted.contains("DEMO-28"));
        assertFalse(contradicted.toString(), contradicted.contains("DEMO-27"));
        everyResultHas(contradicted, p -> p.get("warnings").toString().contains("\"COUNTER_EVIDENCE\""));
        List<String> thin = keys("pm", P + "warnings = THIN_EVIDENCE");
        assertTrue(thin.toString(), thin.contains("DEMO-27"));
        assertFalse("no evidence is not thin evidence: " + thin, thin.contains("DEMO-29"));
        everyResultHas(thin, p -> p.get("warnings").toString().contains("\"THIN_EVIDENCE\""));
    }

    @Test
    public void orderByAndProjectAndTheNavigatorPage() throws Exception {
        List<String> ordered = keys("pm", "key in (DEMO-27, DEMO-28, DEMO-29) ORDER BY " + P + "freshestOn DESC");
        assertEquals(List.of("DEMO-28", "DEMO-27", "DEMO-29"), ordered); // no date (EMPTY) last, as Jira sorts
        assertEquals(List.of("DEMO-27", "DEMO-28"),
                keys("pm", "project = DEMO AND (" + P + "staleCount > 0 OR " + P + "agingCount > 0) AND key IN (DEMO-27, DEMO-28, DEMO-29) ORDER BY key"));

        HttpResponse<String> page = Http.get("/issues/?jql=" + enc(P + "staleCount > 0"), "pm");
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("data-issuekey=\"DEMO-27\""));
        assertTrue(page.body(), page.body().contains("href=\"/browse/DEMO-27\""));
        assertFalse(page.body(), page.body().contains("data-issuekey=\"DEMO-28\""));
        assertTrue("the query stays in its field", page.body().contains("value=\"issue.property[empathy.evidence].staleCount &gt; 0\""));
    }

    @Test
    public void theSearcherFindsOnlyWhatTheyMayBrowse() throws Exception {
        assertFalse(keys("pm", "project = BILL").isEmpty());
        String noBill = "The value 'BILL' does not exist for the field 'project'.";
        assertEquals("a project the viewer may not browse reads as one that does not exist", noBill, refused("viewer", "project = BILL"));
        assertEquals("The value 'NOPE' does not exist for the field 'project'.", refused("viewer", "project = NOPE"));
        for (String jql : List.of(P + "count >= 0", P + "count is EMPTY", P + "staleCount > 0 OR " + P + "staleCount = 0")) {
            List<String> pm = keys("pm", jql);
            List<String> viewer = keys("viewer", jql);
            List<String> expected = new ArrayList<>(pm);
            expected.removeIf(k -> k.startsWith("BILL-"));
            assertEquals(jql, expected, viewer);
        }
        assertTrue(keys("pm", P + "count >= 0 OR " + P + "count is EMPTY").stream().anyMatch(k -> k.startsWith("BILL-")));
        HttpResponse<String> anonymous = Http.get("/rest/api/2/search?jql=" + enc("project = DEMO"), null);
        assertEquals(401, anonymous.statusCode());
    }

    @Test
    public void badJqlGetsJirasPlainErrors() throws Exception {
        assertEquals("Error in the JQL Query: Expecting either a value, list or function before the end of the query.",
                refused("pm", P + "staleCount >"));
        assertEquals("Field 'staleCount' does not exist or you do not have permission to view it.", refused("pm", "staleCount > 0"));
        assertEquals("Date value 'soon' for field 'issue.property[empathy.evidence].freshestOn' is invalid. Valid formats include: "
                + "'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
                refused("pm", P + "freshestOn < soon"));
        assertEquals("Error in the JQL Query: The quoted string '2026-01-01' has not been completed. (line 1, character 47)",
                refused("pm", P + "freshestOn < \"2026-01-01"));
        assertTrue(refused("pm", "project = DEMO AND").startsWith("Error in the JQL Query: Expecting a field name before the end"));
        assertTrue(refused("pm", P + "count == 0").startsWith("Error in the JQL Query: Expecting either a value, list or function but got '='"));
        assertEquals("The operator '<' is not supported by the 'project' field.", refused("pm", "project < DEMO"));

        HttpResponse<String> page = Http.get("/issues/?jql=" + enc("staleCount > 0"), "pm");
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("role=\"alert\" id=\"jql-error\"><p>Field &#39;staleCount&#39; does not exist"));
        assertFalse(page.body(), page.body().contains("issuetable"));
    }

    // --- helpers

    static List<String> keys(String user, String jql) throws Exception {
        HttpResponse<String> response = Http.get("/rest/api/2/search?maxResults=1000&jql=" + enc(jql), user);
        assertEquals(jql + ": " + response.body(), 200, response.statusCode());
        List<String> keys = new ArrayList<>();
        Http.JSON.readTree(response.body()).get("issues").forEach(i -> keys.add(i.get("key").asText()));
        return keys;
    }

    private static String refused(String user, String jql) throws Exception {
        HttpResponse<String> response = Http.get("/rest/api/2/search?jql=" + enc(jql), user);
        assertEquals(jql + ": " + response.body(), 400, response.statusCode());
        return Http.JSON.readTree(response.body()).get("errorMessages").get(0).asText();
    }

    private static void everyResultHas(List<String> keys, Predicate<JsonNode> test) throws Exception {
        for (String key : keys) {
            JsonNode p = property(key);
            assertTrue(key + " " + p, test.test(p));
        }
    }

    static JsonNode property(String issueKey) throws Exception {
        Matcher m = PROPERTY.matcher(Http.get("/browse/" + issueKey, "admin").body());
        assertTrue("no empathy.evidence property shown on " + issueKey, m.find());
        String json = m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'");
        return Http.JSON.readTree(json);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long piece(String sourceKind, LocalDate observed) throws Exception {
        ObjectNode input = evidence("JQL search " + unique("Q"));
        input.put("sourceKind", sourceKind);
        input.put("observedOn", observed.toString());
        input.put("participantAlias", unique("JQL")).put("participantConsent", true);
        return createEvidence("pm", input).get("id").asLong();
    }

    static void link(String issueKey, long evidenceId) throws Exception {
        ok(201, post("/issues/" + issueKey + "/links", "pm", object().put("evidenceId", evidenceId).put("relation", "SUPPORTS")));
    }

    static void clear(String issue) throws Exception {
        JsonNode answer = Http.JSON.readTree(Http.get("/rest/empathy/1.0/issues/" + issue + "/evidence", "admin").body());
        for (JsonNode piece : answer.get("evidence")) {
            HttpResponse<String> r = Http.send("DELETE", "/rest/empathy/1.0/issues/" + issue + "/links/evidence/" + piece.get("id").asLong(),
                    "admin", "application/json", null);
            assertEquals(r.body(), 200, r.statusCode());
        }
        for (JsonNode item : answer.get("mapItems")) {
            HttpResponse<String> r = Http.send("DELETE", "/rest/empathy/1.0/issues/" + issue + "/links/map-items/" + item.get("id").asLong(),
                    "admin", "application/json", null);
            assertEquals(r.body(), 200, r.statusCode());
        }
    }
}
