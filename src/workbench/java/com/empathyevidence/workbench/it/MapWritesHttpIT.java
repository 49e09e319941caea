package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.WorkbenchServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * Confluence's side of writing from the map ({@code /rest/empathy-map/1.0}): JSON only, signed-in only, Jira's answer
 * passed through unchanged (field errors, refusals), an unreachable Jira a plain 503, and Jira's map saying who may edit.
 */
public class MapWritesHttpIT {

    static final String MAP_REST = "/rest/empathy-map/1.0";

    private static HttpResponse<String> post(String path, String user, String body) throws Exception {
        return Http.send("POST", MAP_REST + path, user, Api.JSON_TYPE, body);
    }

    @Test
    public void jirasMapSaysWhoMayChangeIt() throws Exception {
        SharedWorkbench.get();
        assertTrue(Http.json(Http.get(Http.REST + "/personas/ACCOUNTANT/map", "pm")).get("canEdit").asBoolean());
        assertFalse(Http.json(Http.get(Http.REST + "/personas/ACCOUNTANT/map", "viewer")).get("canEdit").asBoolean());
    }

    @Test
    public void onlyJsonIsAccepted() throws Exception {
        SharedWorkbench.get();
        HttpResponse<String> response = Http.send("POST", MAP_REST + "/personas/ACCOUNTANT/items", "pm", "text/plain", "Fears month end");
        Api.error(415, null, response);
    }

    @Test
    public void anonymousCallersMustSignIn() throws Exception {
        SharedWorkbench.get();
        Api.error(401, null, post("/personas/ACCOUNTANT/items", null, "{\"section\":\"SAYS\",\"statement\":\"x\"}"));
        assertEquals(401, Http.get(MAP_REST + "/map?persona=ACCOUNTANT", null).statusCode());
        assertEquals(401, Http.get(MAP_REST + "/evidence?persona=ACCOUNTANT", null).statusCode());
    }

    @Test
    public void jirasFieldErrorsAndRefusalsComeBackUnchanged() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("MW");
        Api.createPersona(persona);
        Api.invalid(post("/personas/" + persona + "/items", "pm", "{\"section\":\"NOPE\",\"statement\":\"  \"}"),
                "section", Http.json(Api.post("/personas/" + persona + "/items", "pm", Api.object().put("section", "NOPE").put("statement", "x")))
                        .get("fieldErrors").get(0).get("message").asText(),
                "statement", "This field is required.");
        // the viewer may edit no project: Jira refuses, and says why
        HttpResponse<String> refused = post("/personas/" + persona + "/items", "viewer", "{\"section\":\"SAYS\",\"statement\":\"Viewer was here\"}");
        assertEquals(403, refused.statusCode());
        assertEquals(Http.json(Api.post("/personas/" + persona + "/items", "viewer", Api.object().put("section", "SAYS").put("statement", "x")))
                .get("message").asText(), Http.json(refused).get("message").asText());
        // a body that is not a JSON object
        Api.error(400, null, post("/personas/" + persona + "/items", "pm", "[1,2]"));
    }

    @Test
    public void theThreeWritesReachJiraAsTheViewingUser() throws Exception {
        SharedWorkbench.get();
        String persona = Api.personaKey("MW");
        Api.createPersona(persona);
        ObjectNode input = Api.evidence("Checks every total twice " + persona);
        input.put("persona", persona);
        long evidenceId = Api.createEvidence("pm", input).get("id").asLong();

        JsonNode item = Api.ok(201, post("/personas/" + persona + "/items", "pm",
                "{\"section\":\"FEELS\",\"statement\":\"Distrusts the totals\",\"persona\":\"OTHER\",\"id\":99}"));
        assertEquals("Distrusts the totals", item.get("statement").asText());
        assertEquals("FEELS", item.get("section").asText());
        long itemId = item.get("id").asLong();

        JsonNode found = Api.ok(200, Http.get(MAP_REST + "/evidence?persona=" + persona + "&q=twice", "pm"));
        assertEquals(evidenceId, found.get("items").get(0).get("id").asLong());

        assertTrue(post("/items/" + itemId + "/evidence?persona=" + persona, "pm", "{\"evidenceId\":" + evidenceId + "}").statusCode() < 300);
        JsonNode rc = Api.ok(201, post("/evidence/" + evidenceId + "/reconfirmations?persona=" + persona, "pm", "{\"note\":\"Asked again\"}"));
        assertEquals("Asked again", rc.get("note").asText());

        JsonNode map = Api.ok(200, Http.get(MAP_REST + "/map?persona=" + persona, "pm"));
        String html = map.get("html").asText();
        assertTrue(html.contains("Distrusts the totals"));
        assertTrue(html.contains("re-confirmed"));
        assertTrue(html.contains("data-editor=\"true\""));
        assertFalse(html.contains("<script"));
    }

    @Test
    public void jiraUnreachableIsAPlain503() throws Exception {
        WorkbenchServer workbench = SharedWorkbench.get();
        try {
            workbench.applicationLinks().setJiraReachable(false);
            Api.error(503, "Jira could not be reached, so nothing was changed. Try again in a few minutes.",
                    post("/personas/ACCOUNTANT/items", "pm", "{\"section\":\"SAYS\",\"statement\":\"Never saved\"}"));
            Api.error(503, null, Http.get(MAP_REST + "/evidence?persona=ACCOUNTANT", "pm"));
        } finally {
            workbench.applicationLinks().setJiraReachable(true);
        }
    }
}
