package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
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
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * phasein (issue 16): warnings a team can phase in, over real HTTP against the shared workbench, in the tests' own
 * project PHASE (admin administers it; pm and viewer browse it; pm edits). PHASE-1 rests on one stale piece (so its
 * panel has warnings); each test sets the mode it needs and puts the panel back on when done.
 */
public class PhaseInHttpIT {

    private static final String PANEL = "evidence-panel-web-panel";
    private static final String WARNINGS = "class=\"empathy-warnings\"";
    private static final String PREVIEW_LINE = "empathy-warnings-preview";

    @Before
    public void phase1RestsOnOneStalePiece() throws Exception {
        JqlSearchIT.clear("PHASE-1");
        ObjectNode input = Api.evidence("Phase-in " + Api.unique("Q"));
        input.put("project", "PHASE");
        input.put("sourceKind", "USABILITY_TEST");
        input.put("observedOn", LocalDate.now().minusDays(400).toString());
        long piece = Api.createEvidence("pm", input).get("id").asLong();
        ok(201, Api.post("/issues/PHASE-1/links", "pm", object().put("evidenceId", piece).put("relation", "SUPPORTS")));
    }

    @After
    public void thePanelIsBackOn() throws Exception {
        set("ON", false);
    }

    private static JsonNode set(String warnings, Boolean hidden) throws Exception {
        ObjectNode body = object();
        if (warnings != null) {
            body.put("warnings", warnings);
        }
        if (hidden != null) {
            body.put("panelHidden", hidden);
        }
        return ok(200, Api.put("/panel-settings/PHASE", "admin", body));
    }

    private static String issuePage(String key, String user) throws Exception {
        HttpResponse<String> page = Http.get("/browse/" + key, user);
        assertEquals(page.body(), 200, page.statusCode());
        return page.body();
    }

    @Test
    public void onEveryReaderSeesTheWarnings() throws Exception {
        JsonNode saved = set("ON", false);
        assertEquals("ON", saved.get("warnings").asText());
        assertEquals("admin", saved.get("updatedBy").asText());
        assertEquals("Saved. Warnings are on for everyone who reads the panel.", saved.get("message").asText());
        for (String user : List.of("admin", "pm", "viewer")) {
            String page = issuePage("PHASE-1", user);
            assertTrue(user, page.contains(PANEL));
            assertTrue(user, page.contains(WARNINGS));
            assertTrue(user, page.contains("empathy-warning-all_stale"));
            assertFalse(user, page.contains(PREVIEW_LINE));
        }
    }

    @Test
    public void inPreviewOnlyTheProjectsAdministratorsSeeThemWithTheLineAndItsLink() throws Exception {
        set("PREVIEW", false);
        int flagged = ok(200, Api.get("/panel-settings/PHASE/preview", "admin")).get("total").asInt();
        assertTrue(flagged >= 1);
        String admin = issuePage("PHASE-1", "admin");
        assertTrue(admin.contains(WARNINGS));
        assertTrue(admin, admin.contains("Preview: " + (flagged == 1 ? "1 issue" : flagged + " issues")
                + " in this project would show warnings. Only the project\u2019s administrators see them for now."));
        assertTrue(admin.contains("href=\"../plugins/servlet/empathy/project-settings?project=PHASE\">Switch them on in Evidence settings</a>"));
        for (String user : List.of("pm", "viewer")) {
            String page = issuePage("PHASE-1", user);
            assertTrue(user, page.contains(PANEL));
            assertTrue(user + " still sees the evidence", page.contains("Phase-in Q-"));
            assertFalse(user, page.contains(WARNINGS));
            assertFalse(user, page.contains(PREVIEW_LINE));
        }
        // the panel's refresh (after a change on the page) applies the same rule
        assertFalse(Http.get(Http.REST + "/issues/PHASE-1/panel", "pm").body().contains("empathy-warning-all_stale"));
        assertTrue(Http.get(Http.REST + "/issues/PHASE-1/panel", "admin").body().contains("empathy-warning-all_stale"));
    }

    @Test
    public void offNobodySeesThemAndTheIssueSearchStillFindsTheIssue() throws Exception {
        set("OFF", false);
        for (String user : List.of("admin", "pm", "viewer")) {
            String page = issuePage("PHASE-1", user);
            assertTrue(user, page.contains(PANEL));
            assertFalse(user, page.contains(WARNINGS));
        }
        // the issue property and JQL carry the warnings whatever the mode; so does the REST API
        String jql = URLEncoder.encode("project = PHASE AND issue.property[empathy.evidence].warnings = ALL_STALE", StandardCharsets.UTF_8);
        JsonNode found = Http.json(Http.get("/rest/api/2/search?jql=" + jql, "pm"));
        List<String> keys = new ArrayList<>();
        found.get("issues").forEach(i -> keys.add(i.get("key").asText()));
        assertTrue(keys.toString(), keys.contains("PHASE-1"));
        assertEquals("ALL_STALE", ok(200, Api.get("/issues/PHASE-1/evidence", "pm")).get("warnings").get(0).get("type").asText());
    }

    @Test
    public void aHiddenPanelIsNotOnTheProjectsIssuesAndEverywhereElseItIs() throws Exception {
        JsonNode saved = set(null, true);
        assertTrue(saved.get("panelHidden").asBoolean());
        assertEquals("the mode is kept when only the panel is hidden", "ON", saved.get("warnings").asText());
        for (String user : List.of("admin", "pm", "viewer")) {
            assertFalse(user, issuePage("PHASE-1", user).contains(PANEL));
            assertFalse(user, issuePage("PHASE-3", user).contains(PANEL));
            assertTrue(user, issuePage("DEMO-1", user).contains(PANEL));
        }
        set(null, false);
        assertTrue(issuePage("PHASE-1", "pm").contains(PANEL));
    }

    @Test
    public void thePreviewListsWhatWouldBeFlagged() throws Exception {
        set("PREVIEW", false);
        JsonNode preview = ok(200, Api.get("/panel-settings/PHASE/preview", "admin"));
        assertEquals("project = PHASE AND issue.property[empathy.evidence].warnings IS NOT EMPTY ORDER BY key ASC", preview.get("jql").asText());
        JsonNode first = preview.get("issues").get(0);
        assertEquals("PHASE-1", first.get("issueKey").asText());
        assertEquals("Let accountants close a month in one step", first.get("title").asText());
        assertEquals("ALL_STALE", first.get("warnings").get(0).asText());
        assertEquals(preview.get("issues").size(), preview.get("total").asInt());

        HttpResponse<String> page = Http.get("/plugins/servlet/empathy/project-settings?project=PHASE", "admin");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1 id=\"empathy-panel-settings-title\">Evidence settings: Phase-in trial</h1>"));
        assertTrue(page.body().contains("id=\"empathy-warnings-preview\" value=\"PREVIEW\" aria-describedby=\"empathy-warnings-preview-hint\" checked"));
        assertTrue(page.body().contains("data-issue-key=\"PHASE-1\""));
        assertTrue(page.body().contains("<li class=\"empathy-warning-all_stale\">All stale</li>"));
        assertFalse("an issue without warnings is not listed", page.body().contains("data-issue-key=\"PHASE-2\""));
        // linked from the project's Evidence health page, for those who may change it
        assertTrue(Http.get(EvidenceHealthHttpIT.PAGE.replace("DEMO", "PHASE"), "admin").body()
                .contains("href=\"../plugins/servlet/empathy/project-settings?project=PHASE\""));
        assertFalse(Http.get(EvidenceHealthHttpIT.PAGE.replace("DEMO", "PHASE"), "pm").body().contains("project-settings"));
    }

    @Test
    public void onlyTheProjectsAdministratorsMayReadOrChangeIt() throws Exception {
        Api.error(403, "Only the administrators of project PHASE (or Jira administrators) can change its evidence settings. Ask one of them.",
                Api.put("/panel-settings/PHASE", "pm", object().put("warnings", "OFF")));
        Api.error(403, null, Api.get("/panel-settings/PHASE", "viewer"));
        Api.error(403, null, Api.get("/panel-settings/PHASE/preview", "pm"));
        Api.error(404, "Project BILL does not exist, or you do not have permission to see it. Check the project key.",
                Api.get("/panel-settings/BILL", "viewer"));
        Api.error(404, null, Api.get("/panel-settings/NOPE", "admin"));
        assertEquals(401, Http.send("GET", Http.REST + "/panel-settings/PHASE", null, null, null).statusCode());
        Api.invalid(Api.put("/panel-settings/PHASE", "admin", object().put("warnings", "SOMETIMES")),
                "warnings", "Warnings must be ON, PREVIEW or OFF.");
        assertEquals("nothing changed", "ON", ok(200, Api.get("/panel-settings/PHASE", "admin")).get("warnings").asText());
        assertEquals(403, Http.get("/plugins/servlet/empathy/project-settings?project=PHASE", "pm").statusCode());
        assertEquals(403, Http.get("/plugins/servlet/empathy/project-settings?project=BILL", "viewer").statusCode());
        assertEquals(415, Http.send("PUT", Http.REST + "/panel-settings/PHASE", "admin", "application/x-www-form-urlencoded", "warnings=OFF").statusCode());
    }
}
