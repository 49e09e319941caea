package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.Test;

/**
 * The review queue page ({@code /plugins/servlet/empathy/review}, per person and {@code ?project=KEY}) over HTTP:
 * what it lists and in which order, the trust figure, and a project the reader may not browse. The tests hand their
 * own evidence to a user no other test owns evidence as ("admin" owns only what it is handed here and in its own tests,
 * so the assertions look only at this test's unique words).
 */
public class ReviewQueueHttpIT {

    static final String PAGE = "/plugins/servlet/empathy/review";

    private static long piece(String text, String sourceKind, LocalDate observed) throws Exception {
        ObjectNode e = Api.evidence(text).put("sourceKind", sourceKind).put("observedOn", observed.toString());
        return Api.createEvidence("pm", e).get("id").asLong();
    }

    private static void link(String issue, long id) throws Exception {
        Api.ok(201, Api.post("/issues/" + issue + "/links", "pm", Api.object().put("evidenceId", id).put("relation", "SUPPORTS")));
    }

    /** Every page of a queue, one after the other (other tests add to the same users' queues). */
    private static String allPages(String user) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int start = 0; start < 100_000; start += 25) {
            String page = Http.get(PAGE + "?start=" + start, user).body();
            all.append(page);
            if (!page.contains("id=\"empathy-review-next\"")) {
                break;
            }
        }
        return all.toString();
    }

    @Test
    public void listsRequestedStaleUnderOpenWorkAndTurningStaleMostOpenIssuesFirst() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("queue");
        LocalDate today = LocalDate.now();
        // usability tests go stale after 120 days
        long staleOpen = piece("Queue " + word + " stale under open work", "USABILITY_TEST", today.minusDays(200));
        long staleDone = piece("Queue " + word + " stale under done work", "USABILITY_TEST", today.minusDays(200));
        long soon = piece("Queue " + word + " turning stale", "USABILITY_TEST", today.minusDays(110));
        long fresh = piece("Queue " + word + " fresh and asked about", "USABILITY_TEST", today.minusDays(5));
        long quiet = piece("Queue " + word + " fresh and quiet", "USABILITY_TEST", today.minusDays(5));
        link("DEMO-46", staleOpen);
        link("DEMO-47", staleOpen);
        link("DEMO-48", staleDone);   // DEMO-48 is Done: no open work rests on it
        link("DEMO-46", fresh);
        link("DEMO-46", quiet);
        Api.ok(201, Api.post("/ownership/evidence/" + fresh + "/requests", "viewer", Api.object().put("note", "Still true? " + word)));

        String page = allPages("pm");
        assertTrue(page, page.contains("My evidence to review"));
        int a = page.indexOf("Queue " + word + " stale under open work");
        int b = page.indexOf("Queue " + word + " fresh and asked about");
        int c = page.indexOf("Queue " + word + " turning stale");
        assertTrue("listed: " + a + " " + b + " " + c, a > 0 && b > 0 && c > 0);
        assertTrue("two open issues before one before none", a < b && b < c);
        assertFalse("stale but only done work rests on it", page.contains("Queue " + word + " stale under done work"));
        assertFalse("fresh, nothing asked", page.contains("Queue " + word + " fresh and quiet"));
        assertTrue(page, page.contains("2 open issues rest on it"));
        assertTrue(page, page.contains("Someone asked for a re-confirmation"));
        assertTrue(page, page.contains("Stale, and open issues still rest on it"));

        // Handed over, the pieces leave pm's queue and join admin's.
        ObjectNode handOver = Api.object().put("owner", "admin");
        handOver.putArray("evidenceIds").add(staleOpen).add(soon);
        Api.ok(200, Api.post("/ownership/hand-over", "pm", handOver));
        String mine = allPages("pm");
        assertFalse(mine.contains("Queue " + word + " stale under open work"));
        String admins = allPages("admin");
        assertTrue(admins.contains("Queue " + word + " stale under open work"));
        assertTrue(admins.contains("Owner: Alex Admin"));

        // Re-confirming closes the request and makes the piece leave the queue.
        ObjectNode reconfirm = Api.object().put("action", "RECONFIRM").put("note", "Checked " + word);
        reconfirm.putArray("evidenceIds").add(fresh);
        Api.ok(200, Api.post("/library/bulk", "pm", reconfirm));
        assertFalse(allPages("pm").contains("Queue " + word + " fresh and asked about"));
    }

    @Test
    public void theProjectQueueShowsTheTrustFigureAndAProjectTheReaderMayNotBrowseIsNotThere() throws Exception {
        SharedWorkbench.get();
        String page = Http.get(PAGE + "?project=DEMO", "viewer").body();
        assertTrue(page, page.contains("Evidence to review in DEMO"));
        assertTrue(page, page.matches("(?s).*\\d+ % of the evidence behind open work is fresh \\(\\d+ of \\d+ pieces? linked to issues that are not done\\)\\..*"));
        HttpResponse<String> bill = Http.get(PAGE + "?project=BILL", "viewer");
        assertEquals(404, bill.statusCode());
        assertTrue(bill.body().contains("There is no project BILL you can see."));
        HttpResponse<String> missing = Http.get(PAGE + "?project=NOPE", "viewer");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("There is no project NOPE you can see."));
        assertTrue(Http.get(PAGE + "?project=BILL", "pm").body().contains("Evidence to review in BILL"));
    }
}
