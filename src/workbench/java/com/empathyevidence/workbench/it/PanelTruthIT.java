package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * The panel tells every reader the same truth about an issue, over real HTTP against the shared workbench: the
 * strength, band and warnings are the issue's (the same as its {@code empathy.evidence} property), whoever reads it;
 * a reader who may not browse project BILL sees fewer rows and a count of the rest, never a lower score. And the words:
 * one empty state, a moment in a recording, freshness with its reason, a retired piece's successor.
 */
public class PanelTruthIT {

    private static final Pattern PROPERTY = Pattern.compile("data-property=\"empathy.evidence\">([^<]*)<");
    private static final Pattern STRENGTH = Pattern.compile("empathy-strength-lozenge\">([^<]*)<");

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String panel(String issue, String user) throws Exception {
        var response = Http.get("/rest/empathy/1.0/issues/" + issue + "/panel", user);
        assertEquals(response.body(), 200, response.statusCode());
        return unescape(Http.json(response).get("html").asText());
    }

    private static JsonNode evidence(String issue, String user) throws Exception {
        var response = Http.get("/rest/empathy/1.0/issues/" + issue + "/evidence", user);
        assertEquals(response.body(), 200, response.statusCode());
        return Http.json(response);
    }

    private static JsonNode property(String issue) throws Exception {
        Matcher m = PROPERTY.matcher(Http.get("/browse/" + issue, "admin").body());
        assertTrue("the issue page shows the property of " + issue, m.find());
        return Http.JSON.readTree(unescape(m.group(1)));
    }

    private static String strengthLabel(String html) {
        Matcher m = STRENGTH.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    public void pmAndViewerReadTheSameStrengthBandAndWarningsForTheSameIssue() throws Exception {
        // DEMO-1 rests on six pieces, one of them (the sales call) in project BILL, which viewer may not browse.
        assertEquals(200, Http.post("/workbench/run-jobs", "admin", "application/json", "{}").statusCode());
        JsonNode pm = evidence("DEMO-1", "pm");
        JsonNode viewer = evidence("DEMO-1", "viewer");
        assertEquals(0, pm.get("hidden").asInt());
        assertEquals(1, viewer.get("hidden").asInt());
        assertEquals("viewer sees one row fewer", pm.get("evidence").size() - 1, viewer.get("evidence").size());
        assertEquals("the strength is the issue's, not the reader's", pm.get("strength"), viewer.get("strength"));
        assertEquals("so are the warnings", pm.get("warnings"), viewer.get("warnings"));
        JsonNode property = property("DEMO-1");
        assertEquals("the same figure JQL finds", property.get("strength").asInt(), pm.get("strength").get("score").asInt());
        assertEquals(property.get("band").asText(), pm.get("strength").get("band").asText());

        String pmPanel = panel("DEMO-1", "pm");
        String viewerPanel = panel("DEMO-1", "viewer");
        String label = strengthLabel(pmPanel);
        assertEquals("Evidence strength " + property.get("strength").asInt() + " of 100 \u2014 medium", label);
        assertEquals("viewer reads the same strength as pm", label, strengthLabel(viewerPanel));
        assertTrue(viewerPanel, viewerPanel.contains("1 more piece of evidence you can\u2019t see: it belongs to a Jira project you can\u2019t browse."));
        assertTrue(viewerPanel.contains("The score counts all of this issue\u2019s evidence, including 1 piece you can\u2019t see."));
        assertFalse("no content of BILL reaches viewer", viewerPanel.contains("Northwind") || viewerPanel.contains("P-051"));
        assertTrue("the breakdown names who viewer sees and counts who they don't",
                viewerPanel.contains("4 participants support this issue (P-014, P-021, P-030 and 1 you can\u2019t see)"));
        assertTrue(pmPanel.contains("4 participants support this issue (P-014, P-021, P-030 and P-051)"));
        assertTrue(pmPanel.contains("(P-045)"));
        assertFalse(pmPanel.contains("you can\u2019t see"));
    }

    @Test
    public void pmAndViewerReadTheSameConfidenceGradeAsTheIssueProperty() throws Exception {
        assertEquals(200, Http.post("/workbench/run-jobs", "admin", "application/json", "{}").statusCode());
        JsonNode pm = evidence("DEMO-1", "pm");
        JsonNode viewer = evidence("DEMO-1", "viewer");
        // docs/evidence-strength.md section 7, example 2: four minor concerns rate DEMO-1 down one level
        assertEquals("MODERATE", pm.get("confidence").get("level").asText());
        assertEquals("the grade is the issue's, not the reader's", pm.get("confidence"), viewer.get("confidence"));
        assertEquals("the same level JQL finds", property("DEMO-1").get("confidence").asText(), pm.get("confidence").get("level").asText());
        JsonNode components = pm.get("confidence").get("components");
        assertEquals(4, components.size());
        String[] names = {"METHODS", "COHERENCE", "ADEQUACY", "RELEVANCE"};
        for (int i = 0; i < 4; i++) {
            assertEquals(names[i], components.get(i).get("component").asText());
            assertEquals("MINOR", components.get(i).get("concern").asText());
        }
        assertEquals("empathy.confidence.reason.adequacy", components.get(2).get("reasonKey").asText());
        assertEquals("5 supporting pieces from 4 participants", "[5,4]", components.get(2).get("reasonArgs").toString());

        String pmPanel = panel("DEMO-1", "pm");
        String viewerPanel = panel("DEMO-1", "viewer");
        assertTrue(pmPanel, pmPanel.contains("<summary>Research confidence (GRADE-CERQual): moderate</summary>"));
        assertTrue(pmPanel.contains("Coherence: minor concerns. 1 person or unnamed source argues against this, 5 for it."));
        assertFalse(pmPanel.contains("The confidence counts all"));
        assertTrue(viewerPanel.contains("<summary>Research confidence (GRADE-CERQual): moderate</summary>"));
        assertTrue(viewerPanel.contains("The confidence counts all of this issue\u2019s evidence, including 1 piece you can\u2019t see."));
    }

    @Test
    public void aChangeOfEvidenceRegradesTheIssueAndItsProperty() throws Exception {
        // DEMO-25: one fresh usability test of one person (adequacy serious → MODERATE), then two people against it
        // (coherence serious too → LOW). The test owns DEMO-25 and clears it first.
        JsonNode before = evidence("DEMO-25", "pm");
        for (JsonNode piece : before.get("evidence")) {
            assertEquals(200, Http.send("DELETE", "/rest/empathy/1.0/issues/DEMO-25/links/evidence/" + piece.get("id").asLong(), "admin", "application/json", null).statusCode());
        }
        link("DEMO-25", create("USABILITY_TEST", "P-971"), "SUPPORTS");
        assertEquals("MODERATE", evidence("DEMO-25", "pm").get("confidence").get("level").asText());
        assertEquals("MODERATE", property("DEMO-25").get("confidence").asText());
        link("DEMO-25", create("INTERVIEW", "P-972"), "CONTRADICTS");
        link("DEMO-25", create("INTERVIEW", "P-973"), "CONTRADICTS");
        JsonNode after = evidence("DEMO-25", "pm").get("confidence");
        assertEquals("SERIOUS", after.get("components").get(1).get("concern").asText());
        assertEquals("LOW", after.get("level").asText());
        assertEquals("LOW", property("DEMO-25").get("confidence").asText());
    }

    private static long create(String sourceKind, String participant) throws Exception {
        String body = Http.JSON.writeValueAsString(Map.of("text", "Confidence grading " + System.nanoTime(), "section", "DOES",
                "sourceKind", sourceKind, "project", "DEMO", "participant", participant, "participantConsent", true,
                "observedOn", java.time.LocalDate.now().minusDays(3).toString()));
        var created = Http.post("/rest/empathy/1.0/evidence", "pm", "application/json", body);
        assertEquals(created.body(), 201, created.statusCode());
        return Http.json(created).get("id").asLong();
    }

    private static void link(String issue, long id, String relation) throws Exception {
        var linked = Http.post("/rest/empathy/1.0/issues/" + issue + "/links", "pm", "application/json",
                "{\"evidenceId\":" + id + ",\"relation\":\"" + relation + "\"}");
        assertEquals(linked.body(), 201, linked.statusCode());
    }

    @Test
    public void anIssueWhoseEvidenceIsAllInAProjectTheReaderCannotBrowseIsNotEmptyForThem() throws Exception {
        String body = Http.JSON.writeValueAsString(Map.of("text", "We chase the same three customers every month; the reminders never stop them.",
                "section", "PAINS", "sourceKind", "INTERVIEW", "project", "BILL", "participant", "P-962",
                "participantConsent", true, "observedOn", java.time.LocalDate.now().minusDays(12).toString()));
        var created = Http.post("/rest/empathy/1.0/evidence", "pm", "application/json", body);
        assertEquals(created.body(), 201, created.statusCode());
        long id = Http.json(created).get("id").asLong();
        var linked = Http.post("/rest/empathy/1.0/issues/DEMO-16/links", "pm", "application/json", "{\"evidenceId\":" + id + ",\"relation\":\"SUPPORTS\"}");
        assertEquals(linked.body(), 201, linked.statusCode());

        String pmPanel = panel("DEMO-16", "pm");
        String viewerPanel = panel("DEMO-16", "viewer");
        assertFalse("viewer must not be told there is no evidence", viewerPanel.contains("No user evidence is linked to this issue yet."));
        assertEquals(strengthLabel(pmPanel), strengthLabel(viewerPanel));
        assertTrue(viewerPanel.contains("Only 1 piece of evidence supports this issue."));
        assertTrue(viewerPanel.contains("1 more piece of evidence you can\u2019t see"));
        assertFalse(viewerPanel.contains("chase the same three customers"));
        assertEquals(property("DEMO-16").get("strength").asInt(), evidence("DEMO-16", "viewer").get("strength").get("score").asInt());
    }

    @Test
    public void anIssueWithoutEvidenceShowsOneEmptyStateNotAWarningAndAZeroScore() throws Exception {
        String html = panel("DEMO-3", "pm");
        assertTrue(html.contains("No user evidence is linked to this issue yet."));
        assertFalse("no red warning saying the same", html.contains("empathy-warning"));
        assertFalse("no zero score", html.contains("empathy-strength"));
        assertFalse(html.contains("No evidence yet: nobody has shown"));
    }

    @Test
    public void rowsSayWhereInTheRecordingAndWhyTheyAreAsFreshAsTheyAre() throws Exception {
        String html = panel("DEMO-1", "pm");
        assertTrue("1312 seconds into the interview recording", html.contains("at 21:52 in the recording"));
        assertTrue(html, html.contains("\u2014 interviews go stale after 365 days; observed 3 weeks ago, stale from "));
        assertTrue(html.contains("\u2014 usage analytics go stale after 90 days; observed 4 months ago, stale since "));
        assertTrue(html.contains("\u2014 support tickets go stale after 180 days; observed 5 months ago, stale from "));
    }

    @Test
    public void aRetiredPieceNamesAndLinksItsSuccessor() throws Exception {
        // DEMO-2: the 2023 draft test was retired for the 2026 invoice editor test, which backs a map item DEMO-2 links.
        JsonNode issue = evidence("DEMO-2", "pm");
        long successor = -1;
        for (JsonNode e : issue.get("evidence")) {
            if ("RETIRED".equals(e.get("status").asText())) {
                successor = e.get("successorId").asLong();
            }
        }
        assertTrue(successor > 0);
        String html = panel("DEMO-2", "pm");
        assertTrue(html, html.contains("Replaced by <a href=\"#empathy-evidence-" + successor + "\">\u201cI spent half an hour on an invoice, the session timed out\u2026\u201d</a>"));
        assertTrue("the link lands on the successor's row", html.contains("id=\"empathy-evidence-" + successor + "\""));
    }
}
