package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.host.WorkbenchWorkflow;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The workflow evidence check and delivery status over HTTP against the shared workbench: Jira's transitions REST
 * resource, the admin's configuration form (the module's factory turns it into arguments), a validator blocking with
 * its sentence, warn-only passing and recorded on the panel, a condition hiding a transition, and a status change
 * reaching the map (its answer and its version). Uses DEMO-54 (and BILL-30 for the reader who may not see BILL); every
 * run clears the rules on the transitions it uses and puts DEMO-54 back to To Do.
 */
public class WorkflowHttpIT {

    static final int SELECT = 21;
    static final int START = 31;
    static final int DONE = 41;
    static final String VALIDATOR = "evidence-check-validator";
    static final String CONDITION = "evidence-check-condition";
    private static final String ISSUE = "DEMO-54";

    @Before
    @After
    public void cleanWorkflow() {
        clearRules();
        SharedWorkbench.get().workflow().setStatus(ISSUE, "To Do", null);
    }

    static void clearRules() {
        WorkbenchWorkflow workflow = SharedWorkbench.get().workflow();
        for (int t : new int[] {SELECT, START, DONE}) {
            for (String type : List.of("workflow-condition", "workflow-validator")) {
                workflow.rules(t, type).forEach(r -> workflow.deleteRule(r.id()));
            }
        }
    }

    /** Adds a rule as an administrator does on the module's configuration screen (a form post). */
    static HttpResponse<String> addRule(String user, int transition, String module, Map<String, String> fields) throws Exception {
        StringBuilder form = new StringBuilder("workflowTransition=" + transition + "&pluginModuleKey=" + module);
        fields.forEach((k, v) -> form.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return Http.post("/secure/admin/workflows/AddWorkflowTransitionFunctionParams.jspa", user, "application/x-www-form-urlencoded",
                form.toString());
    }

    static List<String> transitionIds(String issue, String user) throws Exception {
        HttpResponse<String> r = Http.get("/rest/api/2/issue/" + issue + "/transitions", user);
        assertEquals(r.body(), 200, r.statusCode());
        List<String> ids = new ArrayList<>();
        Http.json(r).get("transitions").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    static HttpResponse<String> take(String issue, String user, int transition) throws Exception {
        return Http.post("/rest/api/2/issue/" + issue + "/transitions", user, "application/json",
                "{\"transition\":{\"id\":\"" + transition + "\"}}");
    }

    static long evidence(String user, String text, int daysAgo, String participant, String persona) throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("text", text, "section", "PAINS", "sourceKind", "INTERVIEW", "project", "DEMO",
                "observedOn", LocalDate.now().minusDays(daysAgo).toString(), "participant", participant, "participantConsent", true));
        if (persona != null) {
            body.put("persona", persona);
        }
        HttpResponse<String> r = Http.post("/rest/empathy/1.0/evidence", user, "application/json", Http.JSON.writeValueAsString(body));
        assertEquals(r.body(), 201, r.statusCode());
        return Http.json(r).get("id").asLong();
    }

    static void link(String issue, String target, long id, String relation, String note) throws Exception {
        String body = "{\"" + target + "\":" + id + ",\"relation\":\"" + relation + "\"" + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
        HttpResponse<String> r = Http.post("/rest/empathy/1.0/issues/" + issue + "/links", "pm", "application/json", body);
        assertEquals(r.body(), 201, r.statusCode());
    }

    static void unlinkAll(String issue) throws Exception {
        JsonNode panel = Http.json(Http.get("/rest/empathy/1.0/issues/" + issue + "/evidence", "admin"));
        for (JsonNode e : panel.path("evidence")) {
            Http.send("DELETE", "/rest/empathy/1.0/issues/" + issue + "/links/evidence/" + e.get("id").asLong(), "admin", "application/json", null);
        }
        for (JsonNode item : panel.path("mapItems")) {
            Http.send("DELETE", "/rest/empathy/1.0/issues/" + issue + "/links/map-items/" + item.get("id").asLong(), "admin", "application/json", null);
        }
    }

    @Test
    public void transitionsAreOfferedAsJiraDoesOnlyToWhoMayTakeThem() throws Exception {
        assertEquals(List.of("11", "21", "31", "41"), transitionIds(ISSUE, "pm"));
        // the viewer may browse DEMO but not take transitions; BILL does not exist for them; anonymous callers are refused
        assertEquals(List.of(), transitionIds(ISSUE, "viewer"));
        assertEquals(404, Http.get("/rest/api/2/issue/BILL-30/transitions", "viewer").statusCode());
        assertEquals(401, Http.get("/rest/api/2/issue/" + ISSUE + "/transitions", null).statusCode());
        HttpResponse<String> refused = take(ISSUE, "viewer", START);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.body(), Http.json(refused).get("errorMessages").get(0).asText().contains("not valid for the current state"));
        assertEquals(415, Http.post("/rest/api/2/issue/" + ISSUE + "/transitions", "pm", "text/plain", "{\"transition\":{\"id\":\"31\"}}").statusCode());
        assertEquals("nothing moved", "To Do", Http.json(Http.get("/rest/api/2/issue/" + ISSUE + "/transitions", "pm")).get("status").get("name").asText());
    }

    @Test
    public void aValidatorBlocksWithOneSentencePerGapAndWarnOnlyPassesAndIsRecordedOnThePanel() throws Exception {
        unlinkAll(ISSUE);
        long stale = evidence("pm", "I gave up reconciling by counterparty " + UUID.randomUUID(), 400, "P-WF1", null);
        link(ISSUE, "evidenceId", stale, "SUPPORTS", null);
        // only an administrator configures the workflow
        assertEquals(403, addRule("pm", SELECT, VALIDATOR, Map.of("minStrength", "0", "noStaleSupport", "true")).statusCode());
        assertEquals(0, SharedWorkbench.get().workflow().rules(SELECT, "workflow-validator").size());
        HttpResponse<String> added = addRule("admin", SELECT, VALIDATOR, Map.of("minStrength", "0", "minParticipants", "0", "noStaleSupport", "true"));
        assertEquals(added.body(), 302, added.statusCode());
        String view = Http.get("/secure/admin/workflows/ViewWorkflowTransition.jspa?workflowTransition=" + SELECT, "admin").body();
        assertTrue(view, view.contains("Evidence check: no stale supporting evidence."));

        HttpResponse<String> blocked = take(ISSUE, "pm", SELECT);
        assertEquals(blocked.body(), 400, blocked.statusCode());
        assertEquals(ISSUE + " rests on stale evidence: re-confirm 1 piece or link fresh evidence.",
                Http.json(blocked).get("errorMessages").get(0).asText());
        assertEquals("To Do", Http.json(Http.get("/rest/api/2/issue/" + ISSUE + "/transitions", "pm")).get("status").get("name").asText());

        // warn-only: the same check lets it pass and the panel says who took which transition although what was missing
        clearRules();
        assertEquals(302, addRule("admin", SELECT, VALIDATOR, Map.of("noStaleSupport", "true", "warnOnly", "true")).statusCode());
        HttpResponse<String> passed = take(ISSUE, "pm", SELECT);
        assertEquals(passed.body(), 204, passed.statusCode());
        assertEquals("Selected for Development", Http.json(Http.get("/rest/api/2/issue/" + ISSUE + "/transitions", "pm")).get("status").get("name").asText());
        for (String reader : List.of("pm", "viewer")) {
            String panel = Http.json(Http.get("/rest/empathy/1.0/issues/" + ISSUE + "/panel", reader)).get("html").asText();
            assertTrue(reader + ": " + panel, panel.contains("pm took \u201cSelect for development\u201d on ") && panel.contains("although it rested on stale evidence."));
        }
    }

    @Test
    public void counterEvidenceBlocksUntilItsLinkSaysWhyTheWorkGoesAhead() throws Exception {
        unlinkAll(ISSUE);
        link(ISSUE, "evidenceId", evidence("pm", "Grouping would help me " + UUID.randomUUID(), 5, "P-WF2", null), "SUPPORTS", null);
        long counter = evidence("pm", "I never group bank lines " + UUID.randomUUID(), 5, "P-WF3", null);
        link(ISSUE, "evidenceId", counter, "CONTRADICTS", null);
        assertEquals(302, addRule("admin", SELECT, VALIDATOR, Map.of("noUnacknowledgedCounter", "true")).statusCode());
        HttpResponse<String> blocked = take(ISSUE, "pm", SELECT);
        assertEquals(400, blocked.statusCode());
        assertTrue(blocked.body(), Http.json(blocked).get("errorMessages").get(0).asText()
                .startsWith(ISSUE + " has 1 piece of counter-evidence nobody has answered: add a note to the contradicting link"));
        // acknowledged: linked again with a note saying why the work goes ahead
        assertEquals(200, Http.send("DELETE", "/rest/empathy/1.0/issues/" + ISSUE + "/links/evidence/" + counter, "pm", "application/json", null).statusCode());
        link(ISSUE, "evidenceId", counter, "CONTRADICTS", "Only small firms said so; the segment we build for groups every day.");
        assertEquals(204, take(ISSUE, "pm", SELECT).statusCode());
    }

    @Test
    public void aConditionHidesTheTransitionUntilTheEvidenceMeetsIt() throws Exception {
        unlinkAll(ISSUE);
        link(ISSUE, "evidenceId", evidence("pm", "Counterparties matter " + UUID.randomUUID(), 5, "P-WF4", null), "SUPPORTS", null);
        HttpResponse<String> added = addRule("admin", START, CONDITION, Map.of("minParticipants", "2"));
        assertEquals(added.body(), 302, added.statusCode());
        String view = Http.get("/secure/admin/workflows/ViewWorkflowTransition.jspa?workflowTransition=" + START, "admin").body();
        assertTrue(view, view.contains("Offered only when the evidence check passes: at least 2 participants."));
        assertFalse(transitionIds(ISSUE, "pm").contains(String.valueOf(START)));
        assertTrue(transitionIds(ISSUE, "pm").contains(String.valueOf(DONE)));
        assertEquals("a hidden transition cannot be taken either", 400, take(ISSUE, "pm", START).statusCode());
        link(ISSUE, "evidenceId", evidence("pm", "Counterparties matter to me too " + UUID.randomUUID(), 5, "P-WF5", null), "SUPPORTS", null);
        assertTrue(transitionIds(ISSUE, "pm").contains(String.valueOf(START)));
        assertEquals(204, take(ISSUE, "pm", START).statusCode());
    }

    @Test
    public void theConfigurationScreensAreTheModulesOwnFromTheBundle() throws Exception {
        String input = Http.get("/secure/admin/workflows/AddWorkflowTransitionFunctionParams.jspa?workflowTransition=" + SELECT
                + "&pluginModuleKey=" + VALIDATOR, "admin").body();
        assertTrue(input, input.contains("Minimum evidence strength (0 to 100)") && input.contains("name=\"warnOnly\""));
        String condition = Http.get("/secure/admin/workflows/AddWorkflowTransitionFunctionParams.jspa?workflowTransition=" + START
                + "&pluginModuleKey=" + CONDITION, "admin").body();
        assertTrue(condition, condition.contains("At least this many participants") && !condition.contains("name=\"warnOnly\""));
        assertEquals(403, Http.get("/secure/admin/workflows/ViewWorkflowTransition.jspa", "pm").statusCode());
        // out-of-range numbers are bounded (0..100), as the form's own limits say
        assertEquals(302, addRule("admin", SELECT, VALIDATOR, Map.of("minStrength", "250")).statusCode());
        assertEquals("100", SharedWorkbench.get().workflow().rules(SELECT, "workflow-validator").get(0).args().get("minStrength"));
    }

    @Test
    public void aStatusChangeReachesTheMapAnswerAndItsVersionForWhoMaySeeTheIssue() throws Exception {
        String persona = "WF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        HttpResponse<String> created = Http.post("/rest/empathy/1.0/personas", "pm", "application/json",
                "{\"key\":\"" + persona + "\",\"name\":\"Wanda, delivered\",\"description\":\"A persona of the delivery test.\"}");
        assertEquals(created.body(), 201, created.statusCode());
        long pain = Http.json(Http.post("/rest/empathy/1.0/personas/" + persona + "/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"Loses track of counterparties " + persona + "\"}")).get("id").asLong();
        long hiddenPain = Http.json(Http.post("/rest/empathy/1.0/personas/" + persona + "/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"Retries card payments by hand " + persona + "\"}")).get("id").asLong();
        link(ISSUE, "mapItemId", pain, "ADDRESSES", null);
        HttpResponse<String> billLink = Http.post("/rest/empathy/1.0/issues/BILL-30/links", "pm", "application/json",
                "{\"mapItemId\":" + hiddenPain + ",\"relation\":\"ADDRESSES\"}");
        assertEquals(billLink.body(), 201, billLink.statusCode());
        String path = "/rest/empathy/1.0/personas/" + persona + "/map";

        HttpResponse<String> before = Http.get(path, "pm");
        JsonNode issue = coveredBy(Http.json(before), pain);
        assertEquals("new", issue.get("statusCategory").asText());
        assertTrue(issue.toString(), issue.path("resolvedOn").isNull());
        String etag = before.headers().firstValue("ETag").orElseThrow();

        assertEquals(204, take(ISSUE, "pm", START).statusCode());
        HttpResponse<String> started = Http.send(SharedWorkbench.url(path), "GET", null, null, "If-None-Match", etag,
                "Authorization", Http.basic("pm", "pm"));
        assertEquals("a status change is a new version", 200, started.statusCode());
        assertEquals("indeterminate", coveredBy(Http.json(started), pain).get("statusCategory").asText());
        String startedTag = started.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, startedTag);

        assertEquals(204, take(ISSUE, "pm", DONE).statusCode());
        HttpResponse<String> done = Http.get(path, "pm");
        assertNotEquals(startedTag, done.headers().firstValue("ETag").orElseThrow());
        JsonNode doneIssue = coveredBy(Http.json(done), pain);
        assertEquals("done", doneIssue.get("statusCategory").asText());
        assertEquals(LocalDate.now().toString(), doneIssue.get("resolvedOn").asText());

        // the reader who may not browse BILL: DEMO-54 with its status, BILL-30 only counted
        JsonNode viewer = Http.json(Http.get(path, "viewer"));
        assertEquals("done", coveredBy(viewer, pain).get("statusCategory").asText());
        JsonNode hidden = item(viewer, hiddenPain);
        assertEquals(0, hidden.get("coveredBy").size());
        assertEquals(1, hidden.get("hiddenIssues").asInt());
        assertFalse(viewer.toString(), viewer.toString().contains("BILL-30"));
    }

    private static JsonNode item(JsonNode map, long id) {
        for (JsonNode section : map.get("sections")) {
            for (JsonNode item : section.get("items")) {
                if (item.get("id").asLong() == id) {
                    return item;
                }
            }
        }
        throw new AssertionError("no item " + id + " in " + map);
    }

    private static JsonNode coveredBy(JsonNode map, long itemId) {
        JsonNode issues = item(map, itemId).get("coveredBy");
        assertEquals(issues.toString(), 1, issues.size());
        return issues.get(0);
    }
}
