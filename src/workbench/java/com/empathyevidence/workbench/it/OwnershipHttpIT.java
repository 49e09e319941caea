package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/**
 * Owners and re-confirmation requests over HTTP ({@code /ownership/...}), as the real host would answer: the owner is
 * who recorded a piece until it is handed over (all or nothing), anyone who may browse a piece may ask its owner to
 * re-confirm it, and re-confirming or retiring closes the request. Every test makes its own evidence.
 */
public class OwnershipHttpIT {

    private static long piece(String user, String project, String text) throws Exception {
        ObjectNode e = Api.evidence(text).put("project", project);
        return Api.createEvidence(user, e).get("id").asLong();
    }

    private static JsonNode stewardship(String user, long id) throws Exception {
        return Api.ok(200, Api.get("/ownership/evidence/" + id, user));
    }

    private static ObjectNode handOver(String owner, List<Long> ids) {
        ObjectNode body = Api.object().put("owner", owner);
        ids.forEach(body.putArray("evidenceIds")::add);
        return body;
    }

    @Test
    public void whoRecordedAPieceOwnsItUntilItIsHandedOverAllOrNothing() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("own");
        long a = piece("pm", "DEMO", "Owners " + word + " one");
        long b = piece("pm", "DEMO", "Owners " + word + " two");
        JsonNode before = stewardship("viewer", a);
        assertEquals("pm", before.get("owner").asText());
        assertEquals("Priya Patel", before.get("ownerName").asText());
        JsonNode evidence = Api.ok(200, Api.get("/evidence/" + a, "pm"));
        assertEquals(LocalDate.parse(evidence.get("staleAfter").asText()).plusDays(1).toString(), before.get("reviewBy").asText());

        Api.invalid(Api.post("/ownership/hand-over", "pm", handOver("nobody-" + word, List.of(a, b))),
                "owner", "There is no Jira user with the username \u201cnobody-" + word + "\u201d. Type the username of the new owner in New owner, for example pm.");
        Api.invalid(Api.post("/ownership/hand-over", "pm", handOver("", List.of(a))),
                "owner", "Type the Jira username of the new owner in New owner, for example pm.");
        Api.invalid(Api.post("/ownership/hand-over", "viewer", handOver("admin", List.of(a))),
                "evidenceIds", "You may not edit the project of this piece of evidence: " + a + ". Nothing was changed; leave them out.");
        // one retired piece in the selection: nothing is handed over
        Api.ok(200, Api.post("/evidence/" + b + "/retire", "pm", Api.object().put("reason", "Superseded " + word)));
        Api.invalid(Api.post("/ownership/hand-over", "pm", handOver("admin", List.of(a, b))),
                "evidenceIds", "This piece of evidence is retired, so it needs no owner: " + b + ". Nothing was changed; leave them out.");
        assertEquals("pm", stewardship("pm", a).get("owner").asText());

        long c = piece("pm", "DEMO", "Owners " + word + " three");
        JsonNode done = Api.ok(200, Api.post("/ownership/hand-over", "pm", handOver(" admin ", List.of(a, c))));
        assertEquals("Handed 2 pieces of evidence over to Alex Admin.", done.get("message").asText());
        assertEquals(2, done.get("changedCount").asInt());
        assertEquals("admin", stewardship("viewer", a).get("owner").asText());
        assertEquals("Alex Admin", stewardship("viewer", c).get("ownerName").asText());
        JsonNode again = Api.ok(200, Api.post("/ownership/hand-over", "pm", handOver("admin", List.of(a))));
        assertEquals("No evidence changed owner. 1 piece was already owned by Alex Admin.", again.get("message").asText());
        Api.ok(200, Api.post("/ownership/hand-over", "admin", handOver("pm", List.of(c))));
        assertEquals("pm", stewardship("pm", c).get("owner").asText());
    }

    @Test
    public void aRestrictedReaderCanNeitherReadNorHandOverNorAskAboutWhatTheyMayNotBrowse() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("own");
        long bill = piece("pm", "BILL", "Owners " + word + " billing");
        Api.error(404, null, Api.get("/ownership/evidence/" + bill, "viewer"));
        Api.error(404, null, Api.post("/ownership/evidence/" + bill + "/requests", "viewer", Api.object().put("note", "Still true?")));
        JsonNode refused = Api.invalid(Api.post("/ownership/hand-over", "viewer", handOver("viewer", List.of(bill))),
                "evidenceIds", "This piece of evidence does not exist or you can\u2019t see it: " + bill + ". Nothing was changed; select others.");
        assertFalse(refused.toString().contains(word));
        assertEquals("pm", stewardship("pm", bill).get("owner").asText());
        assertEquals(0, stewardship("pm", bill).get("requests").size());
    }

    @Test
    public void anyoneWhoMayBrowseAPieceMayAskAndReconfirmingOrRetiringClosesTheRequest() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("req");
        long a = piece("pm", "DEMO", "Requests " + word + " one");
        long b = piece("pm", "DEMO", "Requests " + word + " two");
        Api.invalid(Api.post("/ownership/evidence/" + a + "/requests", "viewer", Api.object().put("note", "  ")), "note", "This field is required.");
        JsonNode asked = Api.ok(201, Api.post("/ownership/evidence/" + a + "/requests", "viewer",
                Api.object().put("note", "Is this still true after the redesign? " + word)));
        assertTrue(asked.get("open").asBoolean());
        assertEquals("viewer", asked.get("requestedBy").asText());
        Api.ok(201, Api.post("/ownership/evidence/" + b + "/requests", "viewer", Api.object().put("note", "And this? " + word)));

        JsonNode open = stewardship("pm", a);
        assertEquals(1, open.get("openRequests").asInt());
        assertEquals("Is this still true after the redesign? " + word, open.get("requests").get(0).get("note").asText());

        Api.ok(201, Api.post("/evidence/" + a + "/reconfirmations", "pm", Api.object().put("note", "Heard again " + word)));
        JsonNode closed = stewardship("viewer", a);
        assertEquals(0, closed.get("openRequests").asInt());
        JsonNode request = closed.get("requests").get(0);
        assertFalse(request.get("open").asBoolean());
        assertEquals("pm", request.get("closedBy").asText());
        assertFalse(request.get("closedByRetiring").asBoolean());

        Api.ok(200, Api.post("/evidence/" + b + "/retire", "admin", Api.object().put("reason", "Out of date " + word)));
        JsonNode retired = stewardship("viewer", b).get("requests").get(0);
        assertFalse(retired.get("open").asBoolean());
        assertEquals("admin", retired.get("closedBy").asText());
        assertTrue(retired.get("closedByRetiring").asBoolean());
        Api.error(409, "Evidence " + b + " is retired, so there is nothing to re-confirm. Ask about the piece that replaced it instead.",
                Api.post("/ownership/evidence/" + b + "/requests", "viewer", Api.object().put("note", "Still?")));
    }

    @Test
    public void thePanelAndTheLibraryShowTheOwnerTheReviewDateAndOpenRequests() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("line");
        long a = piece("pm", "DEMO", "Owner line " + word);
        Api.ok(201, Api.post("/issues/DEMO-45/links", "pm", Api.object().put("evidenceId", a).put("relation", "SUPPORTS")));
        Api.ok(201, Api.post("/ownership/evidence/" + a + "/requests", "viewer", Api.object().put("note", "Check " + word)));
        JsonNode evidence = Api.ok(200, Api.get("/evidence/" + a, "pm"));
        String reviewBy = LocalDate.parse(evidence.get("staleAfter").asText()).plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));
        String line = "Owner: Priya Patel \u00b7 Review by " + reviewBy;
        String panel = Api.ok(200, Api.get("/issues/DEMO-45/panel", "viewer")).get("html").asText();
        assertTrue(panel, panel.contains(line));
        assertTrue(panel, panel.contains("1 open request to re-confirm"));
        assertTrue(panel, panel.contains("Check " + word));
        assertTrue(panel, panel.contains("Request re-confirmation"));
        String library = Http.get(LibraryHttpIT.PAGE + "?q=" + word, "viewer").body();
        assertTrue(library, library.contains(line));
        assertTrue(library, library.contains("1 open request to re-confirm"));
    }

    @Test
    public void theImportTakesAnOptionalOwnerColumnNamedInItsMessages() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("csvown");
        String day = LocalDate.now().minusDays(3).toString();
        String bad = "text,section,sourceKind,project,observedOn,owner\r\n"
                + "Imported " + word + " one,PAINS,INTERVIEW,DEMO," + day + ",admin\r\n"
                + "Imported " + word + " two,PAINS,INTERVIEW,DEMO," + day + ",nobody-" + word + "\r\n";
        JsonNode dry = Api.ok(200, Api.post("/import", "pm", Api.object().put("csv", bad).put("dryRun", true)));
        assertEquals(1, dry.get("errorCount").asInt());
        JsonNode error = dry.get("errors").get(0);
        assertEquals("owner", error.get("field").asText());
        assertEquals(3, error.get("row").asInt());
        assertTrue(error.toString(), error.get("message").asText().contains("There is no Jira user with the username \u201cnobody-" + word
                + "\u201d. Use the username of the owner, for example pm, or leave owner empty so that you own the piece."));
        String good = bad.replace("nobody-" + word, "");
        JsonNode done = Api.ok(200, Api.post("/import", "pm", Api.object().put("csv", good)));
        assertEquals(2, done.get("created").asInt());
        JsonNode rows = Api.ok(200, Api.get("/evidence?q=" + word + "&limit=10", "pm"));
        int seen = 0;
        for (JsonNode e : rows.get("items")) {
            String owner = stewardship("pm", e.get("id").asLong()).get("owner").asText();
            assertEquals(e.get("text").asText(), e.get("text").asText().endsWith("one") ? "admin" : "pm", owner);
            seen++;
        }
        assertEquals(2, seen);
    }
}
