package com.empathyevidence.workbench.it;

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
import java.util.concurrent.CopyOnWriteArrayList;
import net.java.ao.DatabaseProvider;
import org.junit.Test;

/**
 * The evidence library over HTTP ({@code GET /library}, {@code POST /library/bulk} and the page
 * {@code /plugins/servlet/empathy/library}): rows with their links, backings and re-confirmations, restricted readers
 * counted never shown, bulk actions all or nothing, and a first screen of a fixed number of queries. Every test makes its
 * own evidence, found by a unique word, so a rerun meets what the first run met.
 */
public class LibraryHttpIT {

    static final String PAGE = "/plugins/servlet/empathy/library";

    private static List<Long> pieces(String word, int n) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode e = Api.evidence("Library " + word + " number " + i);
            ids.add(Api.createEvidence("pm", e).get("id").asLong());
        }
        return ids;
    }

    private static ObjectNode bulk(String action, List<Long> ids) {
        ObjectNode body = Api.object().put("action", action);
        ids.forEach(body.putArray("evidenceIds")::add);
        return body;
    }

    private static JsonNode library(String user, String query) throws Exception {
        return Api.ok(200, Api.get("/library?" + query, user));
    }

    private static JsonNode row(JsonNode page, long id) {
        for (JsonNode r : page.get("items")) {
            if (r.get("evidence").get("id").asLong() == id) {
                return r;
            }
        }
        throw new AssertionError("no row " + id + " in " + page);
    }

    @Test
    public void rowsShowTheirLinksBackingsAndReconfirmationsAndARestrictedReaderOnlyCountsHiddenLinks() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("lib");
        List<Long> ids = pieces(word, 2);
        String persona = Api.personaKey("LIB");
        Api.createPersona(persona);
        long item = Api.ok(201, Api.post("/personas/" + persona + "/items", "pm", Api.object().put("section", "PAINS")
                .put("statement", "Loses a day to reconciling " + word))).get("id").asLong();

        JsonNode linked = Api.ok(200, Api.post("/library/bulk", "pm", bulk("LINK", ids).put("issueKey", "demo-30").put("relation", "ADDRESSES")
                .put("note", "Both heard in the " + word + " round")));
        assertEquals("Linked 2 pieces of evidence to the issue.", linked.get("message").asText());
        assertEquals(2, linked.get("changedCount").asInt());
        Api.ok(200, Api.post("/library/bulk", "admin", bulk("LINK", List.of(ids.get(0))).put("issueKey", "BILL-30")));
        JsonNode backed = Api.ok(200, Api.post("/library/bulk", "pm", bulk("BACK", List.of(ids.get(0))).put("mapItemId", item)));
        assertEquals("The map item is now backed by 1 more piece of evidence.", backed.get("message").asText());
        JsonNode confirmed = Api.ok(200, Api.post("/library/bulk", "pm", bulk("RECONFIRM", ids).put("note", "Still true for " + word)));
        assertEquals("Re-confirmed 2 pieces of evidence.", confirmed.get("message").asText());

        JsonNode page = library("pm", "q=" + word + "&sort=created-asc");
        assertEquals(2, page.get("total").asInt());
        JsonNode first = row(page, ids.get(0));
        List<String> keys = new ArrayList<>();
        first.get("links").forEach(l -> keys.add(l.get("issueKey").asText()));
        assertEquals(List.of("BILL-30", "DEMO-30"), keys);
        JsonNode demoLink = first.get("links").get(1);
        assertEquals("ADDRESSES", demoLink.get("relation").asText());
        assertEquals("pm", demoLink.get("linkedBy").asText());
        assertEquals("Both heard in the " + word + " round", demoLink.get("note").asText());
        assertEquals(0, first.get("hiddenLinks").asInt());
        assertEquals("Loses a day to reconciling " + word, first.get("mapItems").get(0).get("statement").asText());
        assertEquals("Still true for " + word, first.get("reconfirmations").get(0).get("note").asText());
        assertEquals("pm", first.get("reconfirmations").get(0).get("author").asText());
        assertEquals(LocalDate.now().toString(), first.get("reconfirmations").get(0).get("confirmedOn").asText());
        assertTrue(first.get("editable").asBoolean());

        // the viewer may browse DEMO but not BILL: the BILL link is counted, never named
        JsonNode seen = row(library("viewer", "q=" + word), ids.get(0));
        assertEquals(1, seen.get("links").size());
        assertEquals("DEMO-30", seen.get("links").get(0).get("issueKey").asText());
        assertEquals(1, seen.get("hiddenLinks").asInt());
        assertFalse(seen.toString().contains("BILL"));
        assertFalse(seen.get("editable").asBoolean());

        // linking again changes nothing and says so
        JsonNode again = Api.ok(200, Api.post("/library/bulk", "pm", bulk("LINK", ids).put("issueKey", "DEMO-30")));
        assertEquals(0, again.get("changedCount").asInt());
        assertEquals(2, again.get("skippedCount").asInt());
        assertEquals("Linked no evidence to the issue. 2 pieces already had it and were left as they were.", again.get("message").asText());
    }

    @Test
    public void aBulkActionIsAllOrNothing() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("lib");
        List<Long> ids = pieces(word, 3);
        Api.ok(200, Api.post("/evidence/" + ids.get(2) + "/retire", "pm", Api.object().put("reason", "Superseded")));

        JsonNode refused = Api.error(400, null, Api.post("/library/bulk", "pm", bulk("RETIRE", ids).put("reason", "Old round")));
        assertEquals("evidenceIds", refused.get("fieldErrors").get(0).get("field").asText());
        assertTrue(refused.get("fieldErrors").get(0).get("message").asText(),
                refused.get("fieldErrors").get(0).get("message").asText().startsWith("This piece of evidence is retired (or its quote removed): " + ids.get(2)));
        JsonNode page = library("pm", "q=" + word + "&status=ALL");
        assertEquals("ACTIVE", row(page, ids.get(0)).get("evidence").get("status").asText());
        assertEquals("ACTIVE", row(page, ids.get(1)).get("evidence").get("status").asText());

        JsonNode retired = Api.ok(200, Api.post("/library/bulk", "pm", bulk("RETIRE", ids.subList(0, 2)).put("reason", "Old round")));
        assertEquals("Retired 2 pieces of evidence.", retired.get("message").asText());
        JsonNode after = library("pm", "q=" + word + "&status=RETIRED");
        assertEquals(3, after.get("total").asInt());
        assertEquals("Old round", row(after, ids.get(0)).get("evidence").get("retiredReason").asText());
        assertEquals(2, row(after, ids.get(0)).get("evidence").get("version").asInt());

        // the library's export: retired evidence too when asked, with its status and reason; never otherwise
        JsonNode all = Api.ok(200, Api.get("/export?status=ALL&q=" + word, "pm"));
        assertEquals(3, all.get("rows").asInt());
        assertTrue(all.get("csv").asText().startsWith("text,kind,section,sourceKind,sourceTitle,sourceLink,sourceMomentSeconds,participant,"
                + "participantSegment,persona,project,observedOn,tags,participantConsent,status,retiredReason\r\n"));
        assertTrue(all.get("csv").asText().contains(",RETIRED,Old round\r\n"));
        assertEquals(0, Api.ok(200, Api.get("/export?q=" + word, "pm")).get("rows").asInt());
    }

    @Test
    public void badBulkInputNamesTheFieldAndChangesNothing() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("lib");
        List<Long> ids = pieces(word, 1);
        Api.invalid(Api.post("/library/bulk", "pm", Api.object().put("action", "RETIRE").put("reason", "x")),
                "evidenceIds", "Select at least one piece of evidence first (the boxes at the start of each row).");
        Api.invalid(Api.post("/library/bulk", "pm", bulk("RETIRE", ids)), "reason", "This field is required.");
        Api.invalid(Api.post("/library/bulk", "pm", bulk("LINK", ids).put("issueKey", "DEMO-99999")),
                "issueKey", "There is no issue DEMO-99999 you can see. Check the key, like DEMO-1.");
        Api.invalid(Api.post("/library/bulk", "viewer", bulk("LINK", ids).put("issueKey", "BILL-30")),
                "issueKey", "There is no issue BILL-30 you can see. Check the key, like DEMO-1.");
        Api.invalid(Api.post("/library/bulk", "pm", bulk("SHOUT", ids)), "action", "Choose an action: RECONFIRM, RETIRE, LINK or BACK.");
        Api.invalid(Api.post("/library/bulk", "pm", bulk("BACK", ids).put("mapItemId", 2147483647L)),
                "mapItemId", "There is no map item 2147483647. Choose a persona, then one of its map items.");
        JsonNode locked = Api.error(400, null, Api.post("/library/bulk", "viewer", bulk("RECONFIRM", ids)));
        assertTrue(locked.toString(), locked.get("fieldErrors").get(0).get("message").asText().startsWith("You may not edit the project of this piece of evidence"));
        Api.invalid(Api.get("/library?limit=500", "pm"), "limit", "Use a number from 1 to 100.");
    }

    @Test
    public void theFirstScreenIsOneRequestOfAFixedNumberOfQueriesWhateverThePageSize() throws Exception {
        SharedWorkbench.get();
        String word = Api.unique("lib");
        List<Long> ids = pieces(word, 30);
        Api.ok(200, Api.post("/library/bulk", "pm", bulk("LINK", ids).put("issueKey", "DEMO-31")));
        Api.ok(200, Api.post("/library/bulk", "pm", bulk("RECONFIRM", ids).put("note", "checked")));

        int small = statementsOf(PAGE + "?q=" + word + "&limit=3");
        int large = statementsOf(PAGE + "?q=" + word + "&limit=30");
        assertTrue("queries: " + small, small > 0);
        assertEquals("SQL statements for a page of 3 rows and of 30 rows", small, large);

        HttpResponse<String> page = Http.get(PAGE + "?q=" + word + "&limit=10&start=10&sort=created-asc", "pm");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("30 pieces of evidence match; showing 11 to 20."));
        assertTrue(page.body().contains("data-id=\"" + ids.get(10) + "\""));
        assertFalse(page.body().contains("data-id=\"" + ids.get(9) + "\""));
        assertFalse(page.body().contains("data-id=\"" + ids.get(20) + "\""));
        assertTrue("the next page keeps the filters", page.body().contains("start=20"));
    }

    @Test
    public void thePageRefusesBadFiltersInPlaceKeepingWhatWasTyped() throws Exception {
        SharedWorkbench.get();
        HttpResponse<String> page = Http.get(PAGE + "?q=" + URLEncoder.encode("<b>kept</b>", StandardCharsets.UTF_8) + "&observedFrom=yesterday", "pm");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("value=\"&lt;b&gt;kept&lt;/b&gt;\""));
        assertTrue(page.body().contains("data-field=\"observedFrom\""));
        assertEquals(401, Http.get(PAGE, null).statusCode());
    }

    private static int statementsOf(String path) throws Exception {
        List<String> statements = new CopyOnWriteArrayList<>();
        DatabaseProvider.SqlListener listener = statements::add;
        DatabaseProvider provider = SharedWorkbench.get().databaseProvider();
        provider.addSqlListener(listener);
        try {
            assertEquals(200, Http.get(path, "pm").statusCode());
        } finally {
            provider.removeSqlListener(listener);
        }
        System.out.printf("[LibraryHttpIT] %s: %d SQL statements%n", path, statements.size());
        return statements.size();
    }
}
