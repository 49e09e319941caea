package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.Test;

/**
 * The REST API as a script calls it on Jira 11: Basic off, every call with {@code Authorization: Bearer} and a
 * personal access token created through {@code /rest/pat/latest/tokens}. A representative part of the suite that runs
 * on Basic elsewhere: reading, writing, linking, permissions, and what happens without a good token.
 */
public class BearerRestIT {

    private static String as(String user) throws Exception {
        return Http.bearer(LockedDownWorkbench.token(user));
    }

    @Test
    public void theIssuePanelAndEvidenceAreReadWithAToken() throws Exception {
        JsonNode evidence = Api.ok(200, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", as("pm"), null));
        assertEquals(6, evidence.get("evidence").size());
        JsonNode panel = Api.ok(200, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/panel", as("pm"), null));
        assertTrue(panel.get("html").asText().contains("I re-key every single line of the bank statement."));
        JsonNode map = Api.ok(200, LockedDownWorkbench.rest("GET", "/personas/ACCOUNTANT/map", as("viewer"), null));
        assertEquals(9, map.get("sections").size());
    }

    @Test
    public void evidenceIsCreatedAndLinkedWithAToken() throws Exception {
        String text = "Bearer-made quote " + Api.unique("b");
        JsonNode created = Api.ok(201, LockedDownWorkbench.rest("POST", "/evidence", as("pm"), Api.evidence(text)));
        assertEquals("pm", created.get("createdBy").asText());
        long id = created.get("id").asLong();
        ObjectNode link = Api.object().put("evidenceId", id).put("relation", "ADDRESSES");
        Api.ok(201, LockedDownWorkbench.rest("POST", "/issues/DEMO-12/links", as("pm"), link));
        JsonNode onIssue = Api.ok(200, LockedDownWorkbench.rest("GET", "/issues/DEMO-12/evidence", as("viewer"), null));
        assertTrue(onIssue.toString().contains(text));
        Api.ok(200, LockedDownWorkbench.rest("DELETE", "/issues/DEMO-12/links/evidence/" + id, as("pm"), null));
    }

    @Test
    public void aViewersTokenHasTheViewersPermissionsOnly() throws Exception {
        Api.invalid(LockedDownWorkbench.rest("POST", "/evidence", as("viewer"), Api.evidence("Not allowed " + Api.unique("b"))),
                "projectKey", "You can\u2019t add evidence to project DEMO: you need permission to edit its issues. Pick a project you work in.");
        long pms = Api.ok(201, LockedDownWorkbench.rest("POST", "/evidence", as("pm"), Api.evidence("Owned by DEMO " + Api.unique("b")))).get("id").asLong();
        Api.error(403, null, LockedDownWorkbench.rest("POST", "/issues/DEMO-1/links", as("viewer"),
                Api.object().put("evidenceId", pms).put("relation", "SUPPORTS")));
        Api.error(404, "Issue BILL-1 doesn\u2019t exist or you don\u2019t have permission to see it.",
                LockedDownWorkbench.rest("GET", "/issues/BILL-1/evidence", as("viewer"), null));
        assertEquals(1, Api.ok(200, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", as("viewer"), null)).get("hidden").asInt());
    }

    @Test
    public void withoutAGoodTokenTheAnswerIs401WithTheErrorBody() throws Exception {
        Api.error(401, null, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", null, null));
        Api.error(401, null, LockedDownWorkbench.rest("POST", "/evidence", null, Api.evidence("Anonymous")));
        JsonNode bad = Api.error(401, null, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", Http.bearer("bm90LWEtdG9rZW4="), null));
        assertTrue(bad.get("message").asText().contains("personal access token"));
        Api.error(401, null, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", Http.basic("pm", "pm"), null));
    }

    @Test
    public void revokingATokenTakesEffectAtOnce() throws Exception {
        String session = Http.signIn(LockedDownWorkbench.get().baseUrl(), "pm");
        String token = LockedDownWorkbench.createToken(session, "Short-lived");
        Api.ok(200, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", Http.bearer(token), null));
        long id = -1;
        for (JsonNode t : Api.ok(200, Http.send(LockedDownWorkbench.url("/rest/pat/latest/tokens"), "GET", null, null, "Authorization", Http.bearer(token)))) {
            if ("Short-lived".equals(t.get("name").asText())) {
                id = t.get("id").asLong();
            }
        }
        HttpResponse<String> revoked = Http.send(LockedDownWorkbench.url("/rest/pat/latest/tokens/" + id), "DELETE", null, null, "Cookie", session);
        assertEquals(204, revoked.statusCode());
        Api.error(401, null, LockedDownWorkbench.rest("GET", "/issues/DEMO-1/evidence", Http.bearer(token), null));
        Api.error(401, null, LockedDownWorkbench.rest("POST", "/evidence", Http.bearer(token), Api.evidence("After revoke")));
    }
}
