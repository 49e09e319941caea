package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.delete;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * The evidence and issue-link resources over real HTTP: every method's success path and validation errors, 404, 409,
 * paging edges and the freshness filter. Each test makes its own evidence (unique words in its text) and links only
 * BILL-2, whose links no other test counts, removing them again.
 */
public class RestApiIT {

    private static final String TODAY = LocalDate.now().toString();

    // ================================================================ create, get, update

    @Test
    public void evidenceIsCreatedReadAndUpdatedWithEveryField() throws Exception {
        String alias = unique("P");
        ObjectNode in = evidence("Create " + unique("w"));
        in.put("kind", "OBSERVATION");
        in.put("section", "does");
        in.put("sourceKind", "usability_test");
        in.put("sourceLink", "https://videos.example.com/s/42");
        in.put("sourceMomentSeconds", 754);
        in.put("participantAlias", alias).put("participantConsent", true);
        in.put("participantSegment", "Freelancers");
        in.put("persona", "ACCOUNTANT");
        in.putArray("tags").add(" Billing ").add("billing").add("ONBOARDING");

        var response = post("/evidence", "pm", in);
        JsonNode created = ok(201, response);
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/evidence/" + created.get("id").asLong()));
        assertEquals("OBSERVATION", created.get("kind").asText());
        assertEquals("DOES", created.get("section").asText());
        assertEquals("USABILITY_TEST", created.get("sourceKind").asText());
        assertEquals(754, created.get("sourceMomentSeconds").asInt());
        assertEquals(alias, created.get("participantAlias").asText());
        assertEquals("Freelancers", created.get("participantSegment").asText());
        assertEquals("[\"billing\",\"onboarding\"]", created.get("tags").toString());
        assertEquals("FRESH", created.get("freshness").asText());
        assertEquals(10, created.get("ageDays").asInt());
        assertEquals("ACTIVE", created.get("status").asText());
        assertEquals("pm", created.get("createdBy").asText());
        assertEquals(1, created.get("version").asInt());

        long id = created.get("id").asLong();
        assertEquals(created, ok(200, get("/evidence/" + id, "pm")));

        ObjectNode change = evidence("Updated text");
        change.put("version", 1);
        change.put("section", "FEELS");
        JsonNode updated = ok(200, put("/evidence/" + id, "pm", change));
        assertEquals("Updated text", updated.get("text").asText());
        assertEquals("FEELS", updated.get("section").asText());
        assertEquals(2, updated.get("version").asInt());
        assertTrue(updated.get("participantAlias").isNull());
        assertEquals("DEMO", updated.get("projectKey").asText());
    }

    @Test
    public void createNamesEveryInvalidFieldAtOnce() throws Exception {
        ObjectNode in = object();
        in.put("text", "x".repeat(5001));
        in.put("kind", "RUMOUR");
        in.put("section", "NOPE");
        in.put("sourceKind", "GOSSIP");
        in.put("sourceTitle", "t".repeat(201));
        in.put("sourceLink", "javascript:alert(1)");
        in.put("sourceMomentSeconds", 86401);
        in.put("participantAlias", "Real Name").put("participantConsent", true);
        in.put("participantSegment", "s".repeat(101));
        in.put("persona", "lower");
        in.put("project", "DEMO");
        in.put("observedOn", "2020-13-01");
        in.putArray("tags").add("a b");
        invalid(post("/evidence", "pm", in),
                "kind", "Choose QUOTE (words a user said) or OBSERVATION (what someone did, or a metric).",
                "section", "Choose one of SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS.",
                "sourceKind", "Choose a source kind: INTERVIEW, USABILITY_TEST, SUPPORT_TICKET, SALES_CALL, SURVEY, CHURN_INTERVIEW, "
                        + "USAGE_ANALYTICS, FIELD_OBSERVATION or OTHER.",
                "sourceTitle", "Use at most 200 characters (this has 201).",
                "sourceLink", "Only web addresses starting with http:// or https:// can be linked; this one starts with javascript:. Copy the address from the browser\u2019s address bar.",
                "sourceMomentSeconds", "Use a number from 0 to 86,400.",
                "observedOn", "Enter a date as YYYY-MM-DD.",
                "text", "Use at most 5,000 characters (this has 5,001).",
                "participantAlias", "Use letters, digits, dots, dashes or underscores, like P-014 (no real names).",
                "participantSegment", "Use at most 100 characters (this has 101).",
                "personaKey", "Use capital letters, digits, dashes or underscores, starting with a letter, like ACCOUNTANT.",
                "tags", "The tag \u201ca b\u201d can only have letters, digits, dashes and underscores, up to 40 characters.");
    }

    @Test
    public void createRefusesMissingFutureAndEarlyValuesUnknownPersonasAndProjectsWithoutEditPermission() throws Exception {
        ObjectNode missing = object();
        missing.put("text", "   ");
        invalid(post("/evidence", "pm", missing),
                "section", "Choose one of SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS.",
                "sourceKind", "Choose a source kind: INTERVIEW, USABILITY_TEST, SUPPORT_TICKET, SALES_CALL, SURVEY, CHURN_INTERVIEW, "
                        + "USAGE_ANALYTICS, FIELD_OBSERVATION or OTHER.",
                "observedOn", "Enter a date as YYYY-MM-DD.",
                "text", "This field is required.",
                "projectKey", "This field is required.");

        ObjectNode future = evidence("Future");
        future.put("observedOn", "2999-01-01");
        future.put("project", "demo");
        ArrayList<String> tags = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            tags.add("t" + i);
        }
        tags.forEach(future.putArray("tags")::add);
        invalid(post("/evidence", "pm", future),
                "projectKey", "Use a Jira project key, like DEMO.",
                "observedOn", "The date can\u2019t be in the future (today is " + TODAY + ").",
                "tags", "Use at most 10 tags.");

        ObjectNode early = evidence("Early");
        early.put("observedOn", "1989-12-31");
        early.put("project", "OPS");
        early.put("persona", "NOBODY");
        invalid(post("/evidence", "pm", early),
                "observedOn", "The date can\u2019t be before 1990-01-01. Check the year.",
                "projectKey", "You can\u2019t add evidence to project OPS: you need permission to edit its issues. Pick a project you work in.",
                "personaKey", "There is no persona NOBODY. Pick an existing persona, or create it first.");

        invalid(post("/evidence", "viewer", evidence("Viewer")),
                "projectKey", "You can\u2019t add evidence to project DEMO: you need permission to edit its issues. Pick a project you work in.");
        invalid(Http.send("POST", Http.REST + "/evidence", "pm", Api.JSON_TYPE, null),
                "section", "Choose one of SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS.",
                "sourceKind", "Choose a source kind: INTERVIEW, USABILITY_TEST, SUPPORT_TICKET, SALES_CALL, SURVEY, CHURN_INTERVIEW, "
                        + "USAGE_ANALYTICS, FIELD_OBSERVATION or OTHER.",
                "observedOn", "Enter a date as YYYY-MM-DD.",
                "text", "This field is required.",
                "projectKey", "This field is required.");
    }

    @Test
    public void unreadableJsonAndUnknownIdsGetTheErrorBody() throws Exception {
        error(400, "The request body isn\u2019t valid JSON for this request. Check the field names and value types.",
                Http.post(Http.REST + "/evidence", "pm", Api.JSON_TYPE, "{\"text\": "));
        error(400, "The field sourceMomentSeconds has a value of the wrong type: it must be a whole number.",
                Http.post(Http.REST + "/evidence", "pm", Api.JSON_TYPE, "{\"sourceMomentSeconds\": \"soon\"}"));
        error(404, "There is no evidence with the id 99999999.", get("/evidence/99999999", "pm"));
        error(404, "There is no evidence with the id 99999999.", put("/evidence/99999999", "pm", evidence("x")));
        error(404, "There is nothing at this address. Check the path against the API documentation at /rest/empathy/1.0/openapi.json.",
                get("/evidence/not-a-number", "pm"));
        error(404, "There is nothing at this address. Check the path against the API documentation at /rest/empathy/1.0/openapi.json.",
                get("/nothing-here", "pm"));
        error(405, "This address doesn\u2019t accept that HTTP method.", delete("/evidence", "pm"));
    }

    @Test
    public void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long id = createEvidence("pm", evidence("Stale " + unique("w"))).get("id").asLong();
        ObjectNode first = evidence("First edit");
        first.put("version", 1);
        ok(200, put("/evidence/" + id, "pm", first));
        ObjectNode second = evidence("Second edit, from the same version");
        second.put("version", 1);
        error(409, "This evidence was changed by someone else (pm) since you opened it. Reload it to see their change, then make yours again.",
                put("/evidence/" + id, "admin", second));
        assertEquals("First edit", ok(200, get("/evidence/" + id, "pm")).get("text").asText());

        ObjectNode noVersion = evidence("No version");
        noVersion.put("sourceLink", "ftp://example.com/x");
        invalid(put("/evidence/" + id, "pm", noVersion),
                "version", "Send the version you read, so no one\u2019s change is overwritten.",
                "sourceLink", "Only web addresses starting with http:// or https:// can be linked; this one starts with ftp:. Copy the address from the browser\u2019s address bar.");
    }

    // ================================================================ retire, re-confirm

    @Test
    public void evidenceIsRetiredOnceWithAReasonAndAVisibleSuccessor() throws Exception {
        long successor = createEvidence("pm", evidence("Successor " + unique("w"))).get("id").asLong();
        long id = createEvidence("pm", evidence("Retire me " + unique("w"))).get("id").asLong();
        long hidden = createBill("Hidden successor " + unique("w"));

        invalid(post("/evidence/" + id + "/retire", "pm", object()), "reason", "This field is required.");
        ObjectNode self = object().put("reason", "r".repeat(501)).put("successorId", id);
        invalid(post("/evidence/" + id + "/retire", "pm", self),
                "reason", "Use at most 500 characters (this has 501).",
                "successorId", "Evidence can\u2019t succeed itself. Pick another piece of evidence, or leave the successor empty.");
        invalid(post("/evidence/" + id + "/retire", "admin", object().put("reason", "x").put("successorId", 99999999)),
                "successorId", "There is no evidence 99999999 you can see. Pick another successor, or leave it empty.");
        error(403, "You can\u2019t change evidence owned by project DEMO: you need permission to edit its issues.",
                post("/evidence/" + id + "/retire", "viewer", object().put("reason", "x").put("successorId", hidden)));

        JsonNode retired = ok(200, post("/evidence/" + id + "/retire", "pm", object().put("reason", "Superseded").put("successorId", successor)));
        assertEquals("RETIRED", retired.get("status").asText());
        assertEquals("Superseded", retired.get("retiredReason").asText());
        assertEquals(successor, retired.get("successorId").asLong());
        assertEquals(2, retired.get("version").asInt());
        error(409, "Evidence " + id + " is already retired.", post("/evidence/" + id + "/retire", "pm", object().put("reason", "Again")));
        error(409, "Evidence " + id + " is retired, so it can\u2019t be re-confirmed. Re-confirm its successor instead.",
                post("/evidence/" + id + "/reconfirmations", "pm", object()));
        error(404, "There is no evidence with the id 99999999.", post("/evidence/99999999/retire", "pm", object().put("reason", "x")));
    }

    @Test
    public void reConfirmationsAreAppendedNewestFirstAndResetTheAge() throws Exception {
        ObjectNode old = evidence("Old " + unique("w"));
        old.put("observedOn", LocalDate.now().minusDays(400).toString());
        JsonNode created = createEvidence("pm", old);
        long id = created.get("id").asLong();
        assertEquals("STALE", created.get("freshness").asText());

        invalid(post("/evidence/" + id + "/reconfirmations", "pm", object().put("confirmedOn", "yesterday")),
                "confirmedOn", "Enter a date as YYYY-MM-DD.");
        invalid(post("/evidence/" + id + "/reconfirmations", "pm", object().put("confirmedOn", "2999-01-01")),
                "confirmedOn", "The date can\u2019t be in the future (today is " + TODAY + ").");
        invalid(post("/evidence/" + id + "/reconfirmations", "pm",
                        object().put("confirmedOn", LocalDate.now().minusDays(500).toString()).put("note", "n".repeat(1001))),
                "confirmedOn", "A re-confirmation can\u2019t be earlier than the observation (" + LocalDate.now().minusDays(400) + ").",
                "note", "Use at most 1,000 characters (this has 1,001).");
        error(403, "You can\u2019t change evidence owned by project DEMO: you need permission to edit its issues.",
                post("/evidence/" + id + "/reconfirmations", "viewer", object()));

        String earlier = LocalDate.now().minusDays(30).toString();
        JsonNode first = ok(201, post("/evidence/" + id + "/reconfirmations", "pm", object().put("confirmedOn", earlier).put("note", "Heard again")));
        assertEquals(earlier, first.get("confirmedOn").asText());
        assertEquals("Heard again", first.get("note").asText());
        assertEquals("pm", first.get("author").asText());
        JsonNode today = ok(201, post("/evidence/" + id + "/reconfirmations", "pm", object()));
        assertEquals(TODAY, today.get("confirmedOn").asText());

        JsonNode history = ok(200, get("/evidence/" + id + "/reconfirmations", "viewer"));
        assertEquals(2, history.size());
        assertEquals(TODAY, history.get(0).get("confirmedOn").asText());
        assertEquals(earlier, history.get(1).get("confirmedOn").asText());
        JsonNode after = ok(200, get("/evidence/" + id, "pm"));
        assertEquals("FRESH", after.get("freshness").asText());
        assertEquals(TODAY, after.get("lastReconfirmedOn").asText());
        assertTrue(after.get("reconfirmed").asBoolean());
        error(404, "There is no evidence with the id 99999999.", get("/evidence/99999999/reconfirmations", "pm"));
        error(404, "There is no evidence with the id 99999999.", post("/evidence/99999999/reconfirmations", "pm", object()));
    }

    // ================================================================ search

    @Test
    public void searchPagesThroughEveryMatchWithTotalAndNext() throws Exception {
        String word = unique("page").toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < 5; i++) {
            ObjectNode e = evidence(word + " number " + i);
            e.put("observedOn", LocalDate.now().minusDays(20 - i).toString());
            createEvidence("pm", e);
        }
        String q = "/evidence?q=" + word;

        JsonNode all = ok(200, get(q, "pm"));
        assertEquals(5, all.get("total").asInt());
        assertEquals(0, all.get("start").asInt());
        assertEquals(25, all.get("limit").asInt());
        assertTrue("one page holds everything: no next", all.get("next").isNull());
        assertEquals(word + " number 4", all.get("items").get(0).get("text").asText());

        JsonNode one = ok(200, get(q + "&limit=1", "pm"));
        assertEquals(1, one.get("items").size());
        assertEquals(1, one.get("next").asInt());
        JsonNode last = ok(200, get(q + "&limit=1&start=4", "pm"));
        assertEquals(word + " number 0", last.get("items").get(0).get("text").asText());
        assertTrue(last.get("next").isNull());
        JsonNode twoOfFive = ok(200, get(q + "&limit=2&start=2", "pm"));
        assertEquals(4, twoOfFive.get("next").asInt());
        JsonNode beyond = ok(200, get(q + "&start=10", "pm"));
        assertEquals(5, beyond.get("total").asInt());
        assertEquals(0, beyond.get("items").size());
        assertTrue(beyond.get("next").isNull());
        assertEquals(100, ok(200, get(q + "&limit=100", "pm")).get("limit").asInt());
        JsonNode ascending = ok(200, get(q + "&sort=observed-asc&limit=1", "pm"));
        assertEquals(word + " number 0", ascending.get("items").get(0).get("text").asText());
        assertEquals(word + " number 0", ok(200, get(q + "&sort=created-asc&limit=1", "pm")).get("items").get(0).get("text").asText());
        assertEquals(word + " number 4", ok(200, get(q + "&sort=created-desc&limit=1", "pm")).get("items").get(0).get("text").asText());

        invalid(get(q + "&limit=0", "pm"), "limit", "Use a number from 1 to 100.");
        invalid(get(q + "&limit=101", "pm"), "limit", "Use a number from 1 to 100.");
        invalid(get(q + "&start=-1", "pm"), "start", "Use a number from 0 to 2,147,483,647.");
        invalid(get("/evidence?section=NOPE&sourceKind=NOPE&freshness=OLD&status=GONE&observedFrom=x&observedTo=2024-02-30&sort=random", "pm"),
                "section", "Choose one of SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS.",
                "sourceKind", "Choose a source kind: INTERVIEW, USABILITY_TEST, SUPPORT_TICKET, SALES_CALL, SURVEY, CHURN_INTERVIEW, "
                        + "USAGE_ANALYTICS, FIELD_OBSERVATION or OTHER.",
                "freshness", "Choose FRESH, AGING or STALE.",
                "status", "Choose ACTIVE, RETIRED or ALL.",
                "observedFrom", "Enter a date as YYYY-MM-DD.",
                "observedTo", "Enter a date as YYYY-MM-DD.",
                "sort", "Choose observed-desc, observed-asc, created-desc or created-asc.");
    }

    @Test
    public void searchFiltersByEveryFieldFreshnessAndStatus() throws Exception {
        String word = unique("filter").toLowerCase(java.util.Locale.ROOT);
        String alias = unique("P");
        ObjectNode fresh = evidence(word + " fresh");
        fresh.put("participantAlias", alias).put("participantConsent", true);
        fresh.put("persona", "FREELANCER");
        fresh.put("section", "GOALS");
        fresh.put("sourceKind", "SURVEY");
        long freshId = createEvidence("pm", fresh).get("id").asLong();
        ObjectNode aging = evidence(word + " aging");
        aging.put("observedOn", LocalDate.now().minusDays(300).toString()); // interview: 365 days, aging from day 274
        long agingId = createEvidence("pm", aging).get("id").asLong();
        ObjectNode stale = evidence(word + " stale");
        stale.put("observedOn", LocalDate.now().minusDays(400).toString());
        long staleId = createEvidence("pm", stale).get("id").asLong();
        long retiredId = createEvidence("pm", evidence(word + " retired")).get("id").asLong();
        ok(200, post("/evidence/" + retiredId + "/retire", "pm", object().put("reason", "Gone")));

        assertEquals(List.of(freshId), ids(get("/evidence?q=" + word + "&freshness=FRESH", "pm")));
        assertEquals(List.of(agingId), ids(get("/evidence?q=" + word + "&freshness=aging", "pm")));
        assertEquals(List.of(staleId), ids(get("/evidence?q=" + word + "&freshness=STALE", "pm")));
        assertEquals(List.of(freshId, agingId, staleId), ids(get("/evidence?q=" + word, "pm")));
        assertEquals(List.of(retiredId), ids(get("/evidence?q=" + word + "&status=RETIRED", "pm")));
        assertEquals(4, ids(get("/evidence?q=" + word + "&status=ALL", "pm")).size());
        assertEquals(List.of(freshId), ids(get("/evidence?q=" + word + "&persona=FREELANCER&section=GOALS&sourceKind=SURVEY&participant=" + alias, "pm")));
        assertEquals(List.of(agingId, staleId), ids(get("/evidence?q=" + word + "&observedTo=" + LocalDate.now().minusDays(200), "pm")));
        assertEquals(List.of(freshId, agingId), ids(get("/evidence?q=" + word + "&observedFrom=" + LocalDate.now().minusDays(350)
                + "&project=DEMO", "pm")));
        assertEquals(List.of(), ids(get("/evidence?q=" + word + "&project=BILL", "pm")));
        JsonNode freshPage = ok(200, get("/evidence?q=" + word + "&freshness=STALE&limit=1&start=1", "pm"));
        assertEquals(1, freshPage.get("total").asInt());
        assertEquals(0, freshPage.get("items").size());
    }

    // ================================================================ awkward text

    @Test
    public void awkwardTextComesBackByteForByte() throws Exception {
        String awkward = "She said \"it's <b>broken</b> & slow\", then \\left; \uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDCBB "
                + "\u05D6\u05D4 \u05DC\u05D0 \u05E2\u05D5\u05D1\u05D3 \u0645\u0631\u062D\u0628\u0627 \u202Eevil\u202C\r\n\ttabbed";
        String text = (awkward + " ").repeat(100);
        // ends with a non-space: whitespace around a value is trimmed (docs/evidence-model.md), inside it is kept
        text = text.substring(0, text.offsetByCodePoints(0, 4999)) + ".";
        assertEquals(5000, text.codePointCount(0, text.length()));
        ObjectNode in = evidence(text);
        in.put("sourceTitle", "<script>alert('t')</script> \u05DB\u05D5\u05EA\u05E8\u05EA");
        in.put("participantSegment", "\"Quoted\", \uD83D\uDE00");
        in.put("participantAlias", unique("P")).put("participantConsent", true);
        JsonNode created = createEvidence("pm", in);
        JsonNode read = ok(200, get("/evidence/" + created.get("id").asLong(), "pm"));
        assertEquals(text, read.get("text").asText());
        assertEquals("<script>alert('t')</script> \u05DB\u05D5\u05EA\u05E8\u05EA", read.get("sourceTitle").asText());
        assertEquals("\"Quoted\", \uD83D\uDE00", read.get("participantSegment").asText());
        String query = URLEncoder.encode("\u05D6\u05D4 \u05DC\u05D0", StandardCharsets.UTF_8);
        assertTrue(ids(get("/evidence?q=" + query + "&limit=100", "pm")).contains(created.get("id").asLong()));
    }

    // ================================================================ issues and links

    @Test
    public void evidenceAndMapItemsAreLinkedRelinkedAndUnlinked() throws Exception {
        long id = createEvidence("pm", evidence("Link me " + unique("w"))).get("id").asLong();
        String persona = Api.personaKey("LINK");
        Api.createPersona(persona);
        long item = ok(201, post("/personas/" + persona + "/items", "pm", object().put("section", "PAINS").put("statement", "A pain"))).get("id").asLong();
        try {
            var created = post("/issues/BILL-2/links", "pm", object().put("evidenceId", id).put("relation", "addresses").put("note", "Why"));
            JsonNode link = ok(201, created);
            assertEquals("BILL-2", link.get("issueKey").asText());
            assertEquals("evidence", link.get("targetType").asText());
            assertEquals(id, link.get("targetId").asLong());
            assertEquals("ADDRESSES", link.get("relation").asText());
            assertEquals("pm", link.get("linkedBy").asText());
            assertEquals("Why", link.get("note").asText());
            assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/issues/BILL-2/links/evidence/" + id));
            error(409, "BILL-2 is already linked to this. Change the relation of the existing link instead.",
                    post("/issues/BILL-2/links", "pm", object().put("evidenceId", id).put("relation", "SUPPORTS")));
            JsonNode itemLink = ok(201, post("/issues/BILL-2/links", "pm", object().put("mapItemId", item)));
            assertEquals("map-items", itemLink.get("targetType").asText());
            assertEquals("SUPPORTS", itemLink.get("relation").asText());

            JsonNode panel = ok(200, get("/issues/BILL-2/evidence", "pm"));
            assertTrue(texts(panel.get("evidence")).stream().anyMatch(t -> t.startsWith("Link me ")));
            assertTrue(panel.get("mapItems").toString().contains("A pain"));

            JsonNode relinked = ok(200, put("/issues/BILL-2/links/evidence/" + id, "pm", object().put("relation", "CONTRADICTS")));
            assertEquals("CONTRADICTS", relinked.get("relation").asText());
            invalid(put("/issues/BILL-2/links/evidence/" + id, "pm", object().put("relation", "LIKES")),
                    "relation", "Choose ADDRESSES, SUPPORTS or CONTRADICTS.");
            error(404, "BILL-2 is not linked to this.", put("/issues/BILL-2/links/map-items/99999999", "pm", object().put("relation", "SUPPORTS")));

            ok(200, delete("/issues/BILL-2/links/evidence/" + id, "pm"));
            error(404, "BILL-2 is not linked to this.", delete("/issues/BILL-2/links/evidence/" + id, "pm"));
            error(404, "nonsense is not linked to this.", delete("/issues/BILL-2/links/nonsense/" + id, "pm"));
        } finally {
            delete("/issues/BILL-2/links/evidence/" + id, "pm");
            delete("/issues/BILL-2/links/map-items/" + item, "pm");
        }
    }

    @Test
    public void linkValidationAndUnknownIssues() throws Exception {
        long id = createEvidence("pm", evidence("Link rules " + unique("w"))).get("id").asLong();
        invalid(post("/issues/BILL-2/links", "pm", object().put("relation", "LIKES").put("note", "n".repeat(1001))),
                "relation", "Choose ADDRESSES, SUPPORTS or CONTRADICTS.",
                "note", "Use at most 1,000 characters (this has 1,001).",
                "evidenceId", "Give either evidenceId or mapItemId, not both and not neither.");
        invalid(post("/issues/BILL-2/links", "pm", object().put("evidenceId", id).put("mapItemId", 1)),
                "mapItemId", "Give either evidenceId or mapItemId, not both and not neither.");
        error(404, "There is no evidence with the id 99999999.", post("/issues/BILL-2/links", "pm", object().put("evidenceId", 99999999)));
        error(404, "There is no map item 99999999.", post("/issues/BILL-2/links", "pm", object().put("mapItemId", 99999999)));
        error(404, "Issue NOPE-9 doesn\u2019t exist or you don\u2019t have permission to see it.",
                post("/issues/NOPE-9/links", "pm", object().put("evidenceId", id)));
        error(404, "Issue NOPE-9 doesn\u2019t exist or you don\u2019t have permission to see it.", get("/issues/NOPE-9/evidence", "pm"));
        error(404, "Issue NOPE-9 doesn\u2019t exist or you don\u2019t have permission to see it.", delete("/issues/NOPE-9/links/evidence/" + id, "pm"));
        ok(200, post("/evidence/" + id + "/retire", "pm", object().put("reason", "Old")));
        invalid(post("/issues/BILL-2/links", "pm", object().put("evidenceId", id)),
                "evidenceId", "Evidence " + id + " is retired. Link or attach its successor instead.");
    }

    // ================================================================ helpers

    /** A piece of evidence in BILL, which the viewer may not browse. */
    static long createBill(String text) throws Exception {
        ObjectNode e = evidence(text);
        e.put("project", "BILL");
        return createEvidence("pm", e).get("id").asLong();
    }

    static List<Long> ids(java.net.http.HttpResponse<String> response) throws Exception {
        List<Long> ids = new ArrayList<>();
        ok(200, response).get("items").forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }

    static List<String> texts(JsonNode evidence) {
        List<String> texts = new ArrayList<>();
        evidence.forEach(e -> texts.add(e.get("text").asText()));
        return texts;
    }

    static void assertNone(JsonNode array, String text) {
        assertFalse(array.toString().contains(text));
    }
}
