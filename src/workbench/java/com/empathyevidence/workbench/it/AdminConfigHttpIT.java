package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.put;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.junit.Test;

/**
 * The app configuration page over HTTP: only system administrators get it (others get Jira's permission page or the
 * login page, never the app's content), the plugin manager's links open it, participants are paged on the server,
 * and the freshness policy's effect is counted before saving, writing nothing.
 */
public class AdminConfigHttpIT {

    private static final String PAGE = "/plugins/servlet/empathy/admin";

    @Test
    public void onlySystemAdministratorsGetThePageOthersGetJirasPermissionPageOrTheLogin() throws Exception {
        SharedWorkbench.get();
        HttpResponse<String> admin = Http.get(PAGE, "admin");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("<h1 id=\"empathy-admin-title\">Empathy Evidence configuration</h1>"));
        assertTrue("admin chrome", admin.body().contains("Administration: Manage apps"));
        for (String user : new String[] {"pm", "viewer"}) {
            HttpResponse<String> refused = Http.get(PAGE, user);
            assertEquals(user, 403, refused.statusCode());
            assertTrue(user, refused.body().contains("Permission Violation"));
            assertFalse(user, refused.body().contains("empathy-admin"));
            assertFalse(user, refused.body().contains("Freshness policy"));
        }
        HttpResponse<String> anonymous = Http.get(PAGE, null);
        assertEquals(302, anonymous.statusCode());
        assertEquals("/login?next=%2Fplugins%2Fservlet%2Fempathy%2Fadmin", anonymous.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    public void thePluginManagersConfigureAndGetStartedLinksOpenThePage() throws Exception {
        SharedWorkbench.get();
        String home = Http.get("/", "admin").body();
        assertTrue(home, home.contains("id=\"upm-configure-link\" href=\"" + PAGE + "\">Configure</a>"));
        assertTrue(home, home.contains("id=\"upm-get-started-link\" href=\"" + PAGE + "\">Get started</a>"));
    }

    @Test
    public void participantsAreSearchedAndPagedOnTheServer() throws Exception {
        SharedWorkbench.get();
        String prefix = Api.unique("PAGED");
        for (int i = 0; i < 23; i++) {
            ObjectNode p = object();
            p.put("alias", prefix + "-" + (char) ('A' + i));
            p.put("segment", "Paging segment");
            p.put("consent", true);
            ok(201, post("/participants", "pm", p));
        }
        String first = Http.get(PAGE + "?q=" + prefix.toLowerCase(java.util.Locale.ROOT), "admin").body();
        assertTrue(first, first.contains("Participants 1 to 20 of 23"));
        assertEquals(20, first.split("class=\"empathy-participant\"", -1).length - 1);
        assertTrue(first.contains(prefix + "-A<") && first.contains(prefix + "-T<") && !first.contains(prefix + "-U<"));
        assertTrue(first, first.contains("id=\"empathy-participants-next\" href=\"admin?q=" + prefix.toLowerCase(java.util.Locale.ROOT) + "&amp;start=20#empathy-participants\""));
        String second = Http.get(PAGE + "?q=" + prefix + "&start=20", "admin").body();
        assertTrue(second, second.contains("Participants 21 to 23 of 23"));
        assertTrue(second.contains(prefix + "-W<") && !second.contains(prefix + "-A<"));
        assertTrue(second.contains("id=\"empathy-participants-previous\""));
        assertFalse(second.contains("id=\"empathy-participants-next\""));
        String none = Http.get(PAGE + "?q=" + prefix + "-nobody", "admin").body();
        assertTrue(none, none.contains("No participant matches. Try fewer letters, or clear the search."));
    }

    private static JsonNode effect(String path, int otherDays) throws Exception {
        return ok(200, post(path, "admin", Map.of("shelfLifeDays", Map.of("OTHER", otherDays))));
    }

    private static void other(String project, int daysAgo) throws Exception {
        ObjectNode e = Api.evidence("Admin policy effect " + Api.unique("eff"));
        e.put("sourceKind", "OTHER");
        e.put("project", project);
        e.put("observedOn", LocalDate.now().minusDays(daysAgo).toString());
        Api.createEvidence("pm", e);
    }

    @Test
    public void theEffectOfAShelfLifeIsCountedBeforeSavingAndNothingIsWritten() throws Exception {
        SharedWorkbench.get();
        // OTHER (180 days): a source kind the demo data's freshness does not depend on; restored whatever happens
        try {
            // BILL has OTHER of its own (set before anything is counted: the global change then never reaches BILL's
            // pieces, those of other tests and of an earlier run of this one included)
            ok(200, put("/policy/projects/BILL", "admin", Map.of("OTHER", 30)));
            JsonNode shorterBefore = effect("/policy/projects/DEMO/effect", 160);
            JsonNode longerBefore = effect("/policy/projects/DEMO/effect", 200);
            JsonNode globalBefore = effect("/policy/effect", 160);
            other("DEMO", 170);
            other("DEMO", 170);
            other("DEMO", 100);
            other("DEMO", 190);
            ObjectNode retired = Api.evidence("Admin policy effect retired " + Api.unique("eff"));
            retired.put("sourceKind", "OTHER");
            retired.put("observedOn", LocalDate.now().minusDays(170).toString());
            long id = Api.createEvidence("pm", retired).get("id").asLong();
            ok(200, post("/evidence/" + id + "/retire", "pm", Map.of("reason", "No longer true")));

            JsonNode shorter = effect("/policy/projects/DEMO/effect", 160);
            assertEquals(2, shorter.get("turnStale").asLong() - shorterBefore.get("turnStale").asLong());
            assertEquals(0, shorter.get("turnFresh").asLong());
            JsonNode longer = effect("/policy/projects/DEMO/effect", 200);
            assertEquals(1, longer.get("turnFresh").asLong() - longerBefore.get("turnFresh").asLong());
            assertEquals(0, longer.get("turnStale").asLong());
            assertTrue(longer.get("message").asText(), longer.get("message").asText().startsWith("No piece of evidence would turn stale, "));

            // the global change does not touch BILL's evidence
            other("BILL", 170);
            JsonNode global = effect("/policy/effect", 160);
            assertEquals(2, global.get("turnStale").asLong() - globalBefore.get("turnStale").asLong());

            // nothing was written
            assertEquals(180, ok(200, get("/policy/projects/DEMO", "admin")).get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(0, ok(200, get("/policy", "admin")).get("overrides").size());
        } finally {
            ObjectNode reset = object();
            reset.putNull("OTHER");
            ok(200, put("/policy/projects/BILL", "admin", reset));
            ok(200, put("/policy", "admin", reset));
        }
    }

    @Test
    public void theEffectIsForAdministratorsAndNamesBadFields() throws Exception {
        SharedWorkbench.get();
        error(403, "Only administrators can do this.", post("/policy/effect", "pm", Map.of("shelfLifeDays", Map.of("OTHER", 100))));
        error(403, "Only administrators can do this.", post("/policy/projects/DEMO/effect", "viewer", Map.of("shelfLifeDays", Map.of("OTHER", 100))));
        error(404, "Project NOPE doesn\u2019t exist or you don\u2019t have permission to see it.",
                post("/policy/projects/NOPE/effect", "admin", Map.of("shelfLifeDays", Map.of("OTHER", 100))));
        invalid(post("/policy/effect", "admin", Map.of("shelfLifeDays", Map.of("OTHER", 3))), "OTHER", "Use a number from 7 to 3,650.");
        invalid(post("/policy/effect", "admin", Map.of("agingFromPercent", 49)), "agingFromPercent", ApiTruthIT.AGING_RANGE);
        invalid(post("/policy/projects/DEMO/effect", "admin", Map.of("agingFromPercent", 96)), "agingFromPercent", ApiTruthIT.AGING_RANGE);
        JsonNode same = effect("/policy/effect", 180);
        assertEquals(0, same.get("turnStale").asLong());
        assertEquals(0, same.get("turnFresh").asLong());
    }

    /**
     * The aging threshold of one project: its effect is counted before saving (fresh pieces that would turn aging),
     * saving puts it in force for that project only, and the panel, the piece and the issue's property say so at once.
     * BILL's own threshold is cleared whatever happens.
     */
    private static long between50And60() throws Exception {
        return ok(200, post("/policy/projects/BILL/effect", "admin", Map.of("agingFromPercent", 50))).get("turnAging").asLong()
                - ok(200, post("/policy/projects/BILL/effect", "admin", Map.of("agingFromPercent", 60))).get("turnAging").asLong();
    }

    @Test
    public void aProjectsAgingThresholdIsCountedBeforeSavingThenClassifiesItsEvidence() throws Exception {
        SharedWorkbench.get();
        String issue = "BILL-31";
        // BILL's pieces of other tests (or of an earlier run of this one) that 50 % would turn aging and 60 % would not
        long others = between50And60();
        ObjectNode e = Api.evidence("Aging threshold piece " + Api.unique("age"));
        e.put("sourceKind", "OTHER"); // 180 days: aging from day 135 at 75 %, from day 90 at 50 %
        e.put("project", "BILL");
        e.put("observedOn", LocalDate.now().minusDays(100).toString());
        long id = Api.createEvidence("pm", e).get("id").asLong();
        ok(201, post("/issues/" + issue + "/links", "pm", Map.of("evidenceId", id, "relation", "SUPPORTS")));
        try {
            assertEquals("FRESH", ok(200, get("/evidence/" + id, "pm")).get("freshness").asText());
            JsonNode none = ok(200, post("/policy/projects/BILL/effect", "admin", Map.of("agingFromPercent", 75)));
            assertEquals("the one in force: no change", 0, none.get("turnAging").asLong());
            JsonNode sixty = ok(200, post("/policy/projects/BILL/effect", "admin", Map.of("agingFromPercent", 60)));
            JsonNode half = ok(200, post("/policy/projects/BILL/effect", "admin", Map.of("agingFromPercent", 50)));
            // 60 %: aging from day 108, so the piece (day 100) stays fresh; 50 %: from day 90, it turns aging
            assertEquals(1, half.get("turnAging").asLong() - sixty.get("turnAging").asLong() - others);
            assertEquals(0, half.get("turnStale").asLong());
            assertEquals(0, half.get("backToFresh").asLong());
            assertTrue(half.get("message").asText(), half.get("message").asText().matches(
                    "No piece of evidence would turn stale, none would be fresh again\\. (1 piece|\\d+ pieces) would turn aging, none would go from aging back to fresh\\. .*"));
            assertEquals("nothing written", "FRESH", ok(200, get("/evidence/" + id, "pm")).get("freshness").asText());

            JsonNode saved = ok(200, put("/policy/projects/BILL", "admin", Map.of("agingFromPercent", 50)));
            assertEquals(50, saved.get("agingFromPercent").asInt());
            assertEquals("AGING", ok(200, get("/evidence/" + id, "pm")).get("freshness").asText());
            assertEquals("other projects keep 75 %", 75, ok(200, get("/policy/projects/DEMO", "admin")).get("agingFromPercent").asInt());
            String panel = Http.json(Http.get("/rest/empathy/1.0/issues/" + issue + "/panel", "pm")).get("html").asText();
            assertTrue(panel, panel.contains("data-evidence-id=\"" + id + "\" data-freshness=\"AGING\""));
            JsonNode piece = ok(200, get("/issues/" + issue + "/evidence", "pm")).get("evidence");
            boolean found = false;
            for (JsonNode p : piece) {
                if (p.get("id").asLong() == id) {
                    assertEquals("AGING", p.get("freshness").asText());
                    found = true;
                }
            }
            assertTrue(found);
            JsonNode back = ok(200, post("/policy/projects/BILL/effect", "admin", object().putNull("agingFromPercent")));
            assertTrue("clearing it would make the piece fresh again", back.get("backToFresh").asLong() >= 1);
        } finally {
            ok(200, put("/policy/projects/BILL", "admin", object().putNull("agingFromPercent")));
            Http.send("DELETE", "/rest/empathy/1.0/issues/" + issue + "/links/evidence/" + id, "admin", "application/json", null);
        }
        assertEquals("FRESH", ok(200, get("/evidence/" + id, "pm")).get("freshness").asText());
    }
}
