package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * phasein (issue 16): the weekly digest on the shared workbench. The workbench runs every job once when it starts, so
 * this week's digest went out then (the demo data has a support ticket of pm's that turns stale in 15 days); running
 * the jobs again in the same week sends nothing more. The outbox is for administrators only; each user sets their own
 * preference.
 */
public class DigestHttpIT {

    private static final String OUTBOX = "/workbench/outbox";

    @After
    public void pmReceivesItAgain() throws Exception {
        ok(200, Api.put("/digest/preference", "pm", object().put("receive", true)));
    }

    private static List<JsonNode> digestsTo(String address) throws Exception {
        HttpResponse<String> outbox = Http.get(OUTBOX + "?format=json", "admin");
        assertEquals(outbox.body(), 200, outbox.statusCode());
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode m : Http.json(outbox)) {
            if (m.get("to").asText().equals(address) && m.get("subject").asText().startsWith("Evidence to re-check")) {
                found.add(m);
            }
        }
        return found;
    }

    /**
     * The message's closing sentence fits what it holds: "open an issue above" only when an issue is listed above; the
     * library links when pieces are to be re-confirmed and no issue is listed; nothing to do when it only tells resolved
     * issues. Every digest the tests read is checked with it.
     */
    static boolean endingFits(String body) {
        boolean issueListed = body.contains("1 open issue rests on it:") || body.matches("(?s).*\\d+ open issues rest on it:.*");
        boolean toReconfirm = body.contains(" turns stale on ") || body.contains(" asked on ");
        boolean viaIssue = body.contains("To re-confirm a piece, open an issue above");
        boolean viaLibrary = body.contains("To re-confirm this piece, open its link above") || body.matches("(?s).*To re-confirm these \\d+ pieces, open their links above.*");
        boolean nothing = body.contains("Nothing of yours needs re-confirming this week");
        if (issueListed) {
            return viaIssue && !viaLibrary && !nothing;
        }
        return !viaIssue && (toReconfirm ? viaLibrary && !nothing : nothing && !viaLibrary);
    }

    private static void runJobs() throws Exception {
        HttpResponse<String> r = Http.post("/workbench/run-jobs", "admin", "application/x-www-form-urlencoded", "");
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("com.empathyevidence.evidence-digest.weekly: SUCCESS"));
    }

    @Test
    public void theWeeksDigestIsInTheOutboxOnceWhateverHowOftenTheJobRuns() throws Exception {
        runJobs();
        List<JsonNode> before = digestsTo("pm@example.com");
        assertEquals("one digest this week, sent when the workbench started: " + before, 1, before.size());
        runJobs();
        runJobs();
        assertEquals(1, digestsTo("pm@example.com").size());

        JsonNode digest = before.get(0);
        String body = digest.get("body").asText();
        assertTrue(digest.get("subject").asText(), digest.get("subject").asText().matches("Evidence to re-check: (1 piece turns|\\d+ pieces turn) stale soon"));
        assertTrue(body, body.startsWith("Hello Priya Patel,\n\n"));
        assertTrue(body, body.contains("turns stale on "));
        assertTrue(body, body.contains(SharedWorkbench.url("/").toString() + "plugins/servlet/empathy/digest"));
        assertTrue("the ending fits what the message holds: " + body, endingFits(body));
        assertEquals("text/plain", digest.get("mimeType").asText());
        assertTrue(digest.get("sentAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"));

        // the page shows the same mail, escaped
        String page = Http.get(OUTBOX, "admin").body();
        assertTrue(page.contains("<h1>Outbox</h1>"));
        assertTrue(page.contains("pm@example.com"));
    }

    @Test
    public void theOutboxIsForAdministratorsOnly() throws Exception {
        assertEquals(403, Http.get(OUTBOX, "pm").statusCode());
        assertEquals(403, Http.get(OUTBOX + "?format=json", "viewer").statusCode());
        assertEquals(403, Http.get(OUTBOX, null).statusCode());
        assertEquals(200, Http.get(OUTBOX, "admin").statusCode());
    }

    @Test
    public void eachUserSwitchesTheirOwnDigestOffAndOnAgain() throws Exception {
        JsonNode off = ok(200, Api.put("/digest/preference", "pm", object().put("receive", false)));
        assertEquals(false, off.get("receive").asBoolean());
        assertEquals("You do not receive the weekly evidence digest. Switch it on again here whenever you like.", off.get("message").asText());
        assertEquals(false, ok(200, Api.get("/digest/preference", "pm")).get("receive").asBoolean());
        assertEquals("someone else's is theirs", true, ok(200, Api.get("/digest/preference", "viewer")).get("receive").asBoolean());
        // the viewer edits no project, records no evidence, gets no digest: nothing to change (403, as while Jira is read-only)
        Api.error(403, null, Api.put("/digest/preference", "viewer", object().put("receive", false)));
        assertTrue(Http.get("/plugins/servlet/empathy/digest", "pm").body().contains("id=\"empathy-digest-receive\" name=\"receive\"><label"));
        JsonNode on = ok(200, Api.put("/digest/preference", "pm", object().put("receive", true)));
        assertEquals("You receive the weekly evidence digest.", on.get("message").asText());
        assertTrue(Http.get("/plugins/servlet/empathy/digest", "pm").body().contains("id=\"empathy-digest-receive\" name=\"receive\" checked>"));

        Api.invalid(Api.put("/digest/preference", "pm", object()), "receive", "Say whether you want the digest: receive must be true or false.");
        assertEquals(401, Http.send("GET", Http.REST + "/digest/preference", null, null, null).statusCode());
        assertEquals("to the login page, as Jira", 302, Http.get("/plugins/servlet/empathy/digest", null).statusCode());
    }
}
