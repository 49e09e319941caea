package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.put;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.Test;

/**
 * Who may do what, over real HTTP: every operation of the API (read from its own OpenAPI document) refuses
 * anonymous callers and non-JSON bodies; the restricted viewer sees evidence of project BILL at most as a hidden count
 * of an issue or a map (never in search or export), and cannot change anything; non-admins cannot use admin-only operations.
 */
public class RestPermissionsIT {

    /** Every operation of the document: method, path with sample values, access level, whether it takes a body. */
    record Operation(String method, String path, String access, boolean body) {
    }

    static List<Operation> operations() throws Exception {
        JsonNode doc = Http.json(Http.get(Http.REST + "/openapi.json", "pm"));
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String sample = path.getKey().replace("{issueKey}", "DEMO-2").replace("{personaKey}", "ACCOUNTANT").replace("{alias}", "P-014")
                    .replace("{type}", "evidence").replace("{projectKey}", "DEMO").replaceAll("\\{[^}]+}", "1");
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), sample, m.getValue().get("x-access").asText(),
                        m.getValue().has("requestBody")));
            }
        }
        assertTrue("expected every operation, found " + ops.size(), ops.size() >= 35);
        return ops;
    }

    @Test
    public void everyOperationRefusesAnonymousCallersWith401() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Operation op : operations()) {
            HttpResponse<String> r = Http.send(op.method(), Http.REST + op.path(), null, op.body() ? Api.JSON_TYPE : null, op.body() ? "{}" : null);
            JsonNode body = r.statusCode() == 401 ? Http.json(r) : null;
            if (body == null || body.get("status").asInt() != 401 || body.get("message").asText().isBlank()) {
                wrong.add(op + " -> " + r.statusCode() + " " + r.body());
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(401, get("/openapi.json", null).statusCode());
    }

    @Test
    public void everyWriteTakesJsonOnly() throws Exception {
        List<String> wrong = new ArrayList<>();
        int writes = 0;
        for (Operation op : operations()) {
            if (!op.body()) {
                continue;
            }
            writes++;
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "text/csv")) {
                HttpResponse<String> r = Http.send(op.method(), Http.REST + op.path(), "admin", type, "text=hello");
                // the archive import takes its zip (application/zip, ArchiveRestIT); every other write takes JSON
                String expected = op.path().equals("/archive") && op.method().equals("POST")
                        ? "Send the archive itself as the request body, with the headers Content-Type: application/zip and X-Atlassian-Token: no-check."
                        : "Send the request body as JSON, with the header Content-Type: application/json.";
                if (r.statusCode() != 415 || !Http.json(r).get("message").asText().equals(expected)) {
                    wrong.add(op + " " + type + " -> " + r.statusCode() + " " + r.body());
                }
            }
        }
        assertTrue(writes >= 15);
        assertEquals(List.of(), wrong);
    }

    @Test
    public void nonAdministratorsCannotUseAdminOnlyOperations() throws Exception {
        List<String> wrong = new ArrayList<>();
        int adminOnly = 0;
        for (Operation op : operations()) {
            if (!op.access().equals("AdminOnly")) {
                assertEquals(op.toString(), "LicensedOnly", op.access());
                continue;
            }
            adminOnly++;
            for (String user : List.of("pm", "viewer")) {
                HttpResponse<String> r = Http.send(op.method(), Http.REST + op.path(), user, Api.JSON_TYPE, "{}");
                if (r.statusCode() != 403 || Http.json(r).get("status").asInt() != 403) {
                    wrong.add(op + " as " + user + " -> " + r.statusCode() + " " + r.body());
                }
            }
        }
        assertEquals("erase, the two policy changes, their two effects, and the archive's download and import", 7, adminOnly);
        assertEquals(List.of(), wrong);
    }

    @Test
    public void evidenceTheViewerMayNotBrowseLooksExactlyLikeMissingEvidence() throws Exception {
        long hidden = RestApiIT.createBill("Hidden from the viewer " + unique("w"));
        String missing = "There is no evidence with the id ";
        error(404, missing + hidden + ".", get("/evidence/" + hidden, "viewer"));
        error(404, missing + "99999999.", get("/evidence/99999999", "viewer"));
        ObjectNode change = evidence("Overwrite");
        change.put("version", 1);
        error(404, missing + hidden + ".", put("/evidence/" + hidden, "viewer", change));
        error(404, missing + hidden + ".", post("/evidence/" + hidden + "/retire", "viewer", object().put("reason", "x")));
        error(404, missing + hidden + ".", post("/evidence/" + hidden + "/reconfirmations", "viewer", object()));
        error(404, missing + hidden + ".", get("/evidence/" + hidden + "/reconfirmations", "viewer"));
        error(404, "Issue BILL-2 doesn\u2019t exist or you don\u2019t have permission to see it.",
                post("/issues/BILL-2/links", "viewer", object().put("evidenceId", hidden)));
        assertEquals(1, ok(200, get("/evidence/" + hidden, "pm")).get("version").asInt());
    }

    @Test
    public void searchAndExportNeitherShowNorCountWhatTheViewerMayNotSeeAndMapsCountIt() throws Exception {
        String word = unique("hide").toLowerCase(Locale.ROOT);
        String persona = Api.personaKey("HIDE");
        createPersona(persona);
        ObjectNode visible = evidence(word + " visible");
        visible.put("persona", persona);
        createEvidence("pm", visible);
        for (int i = 0; i < 2; i++) {
            ObjectNode secret = evidence(word + " secret " + i);
            secret.put("project", "BILL");
            secret.put("persona", persona);
            createEvidence("pm", secret);
        }

        JsonNode asViewer = ok(200, get("/evidence?q=" + word, "viewer"));
        assertEquals(1, asViewer.get("total").asInt());
        assertEquals(0, asViewer.get("hidden").asInt());
        assertFalse(asViewer.toString().contains("secret"));
        JsonNode asPm = ok(200, get("/evidence?q=" + word, "pm"));
        assertEquals(3, asPm.get("total").asInt());
        assertEquals(0, asPm.get("hidden").asInt());
        JsonNode billOnly = ok(200, get("/evidence?q=" + word + "&project=BILL", "viewer"));
        assertEquals(0, billOnly.get("total").asInt());
        assertEquals(0, billOnly.get("items").size());
        assertEquals(0, billOnly.get("hidden").asInt());
        assertEquals(0, ok(200, get("/evidence?q=" + word + "&freshness=FRESH", "viewer")).get("hidden").asInt());

        JsonNode export = ok(200, get("/export?q=" + word, "viewer"));
        assertEquals(1, export.get("rows").asInt());
        assertEquals(0, export.get("hidden").asInt());
        assertFalse(export.get("csv").asText().contains("secret"));
        JsonNode billExport = ok(200, get("/export?q=" + word + "&project=BILL", "viewer"));
        assertEquals(0, billExport.get("rows").asInt());
        assertEquals(0, billExport.get("hidden").asInt());
        assertEquals(1, billExport.get("csv").asText().split("\r\n").length);

        JsonNode map = ok(200, get("/personas/" + persona + "/map", "viewer"));
        assertEquals(2, map.get("hidden").asInt());
        assertFalse(map.toString().contains("secret"));
        assertEquals(0, ok(200, get("/personas/" + persona + "/map", "pm")).get("hidden").asInt());
    }

    @Test
    public void theViewerCannotChangeAnythingAndGetsTheReason() throws Exception {
        JsonNode own = createEvidence("pm", evidence("The viewer may read this " + unique("w")));
        long id = own.get("id").asLong();
        ObjectNode change = evidence("Changed by the viewer");
        change.put("version", 1);
        String noEditEvidence = "You can\u2019t change evidence owned by project DEMO: you need permission to edit its issues.";
        error(403, noEditEvidence, put("/evidence/" + id, "viewer", change));
        error(403, noEditEvidence, post("/evidence/" + id + "/retire", "viewer", object().put("reason", "x")));
        error(403, noEditEvidence, post("/evidence/" + id + "/reconfirmations", "viewer", object()));
        String noEditIssue = "You can\u2019t change the evidence links of DEMO-2: you need permission to edit it.";
        error(403, noEditIssue, post("/issues/DEMO-2/links", "viewer", object().put("evidenceId", id)));
        error(403, noEditIssue, put("/issues/DEMO-2/links/evidence/" + id, "viewer", object().put("relation", "SUPPORTS")));
        error(403, noEditIssue, Api.delete("/issues/DEMO-2/links/evidence/" + id, "viewer"));

        // reading changes nothing
        for (int i = 0; i < 3; i++) {
            ok(200, get("/evidence/" + id, "viewer"));
            ok(200, get("/evidence/" + id + "/reconfirmations", "viewer"));
            ok(200, get("/issues/DEMO-2/evidence", "viewer"));
        }
        assertEquals(own, ok(200, get("/evidence/" + id, "pm")));
        assertFalse(ok(200, get("/issues/DEMO-2/evidence", "pm")).toString().contains("The viewer may read this"));
    }
}
