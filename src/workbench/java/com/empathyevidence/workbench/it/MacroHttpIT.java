package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.web.PagesServlet;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Test;

/** The map's project filter on both sides of the application link, and the macro's error states, over HTTP. */
public class MacroHttpIT {

    private static int evidenceIn(JsonNode map) {
        return map.get("summary").get("evidenceCount").asInt();
    }

    private static JsonNode item(JsonNode map, String section, String statement) {
        for (JsonNode s : map.get("sections")) {
            if (s.get("section").asText().equals(section)) {
                for (JsonNode i : s.get("items")) {
                    if (i.get("statement").asText().equals(statement)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError("no item " + statement + " under " + section + " in " + map);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static final String WRONG_LANGUAGE = "Customers ignore reminders in the wrong language";

    @Test
    public void eachBackedItemCarriesItsConfidenceWhoeverReadsItAndAnAssumptionNone() throws Exception {
        // the wrong-language pain rests on a churn interview (P-058) and a support ticket (P-040), both in BILL:
        // methods 15 · 1.3 / 2 = 9.75 → 10 moderate, adequacy 2 participants serious, coherence and relevance none:
        // 1 + ⌊2 / 3⌋ = 1 level down → MODERATE, for pm and for viewer, who sees neither piece
        JsonNode viewer = item(Http.json(Http.get("/rest/empathy/1.0/personas/OPS-MANAGER/map", "viewer")), "PAINS", WRONG_LANGUAGE);
        JsonNode pm = item(Http.json(Http.get("/rest/empathy/1.0/personas/OPS-MANAGER/map", "pm")), "PAINS", WRONG_LANGUAGE);
        assertEquals("MODERATE", pm.get("confidence").asText());
        assertEquals("the grade is the item's, not the reader's", pm.get("confidence"), viewer.get("confidence"));
        JsonNode accountant = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map", "pm"));
        assertTrue("an assumption has no grade", item(accountant, "FEELS", "Dreads month end").get("confidence").isNull());

        String html = Http.get("/wiki/spaces/RES/pages/ops-map", "viewer").body();
        assertEquals("both of Owen's pains say their confidence", 2, occurrences(html, "Research confidence (GRADE-CERQual): moderate"));
        String accountantPage = Http.get("/wiki/spaces/RES/pages/accountant-map", "pm").body();
        int assumption = accountantPage.indexOf("Dreads month end");
        int next = accountantPage.indexOf("</li>", assumption);
        assertFalse(accountantPage.substring(assumption, next).contains("empathy-map-confidence"));
    }

    @Test
    public void aRestrictedReaderIsToldThatEvidenceTheyCannotSeeBacksAnItemAndCountsOnly() throws Exception {
        // Owen's pain rests on two BILL quotes and is addressed by BILL-1; the viewer may not browse BILL
        JsonNode map = Http.json(Http.get("/rest/empathy/1.0/personas/OPS-MANAGER/map", "viewer"));
        JsonNode item = item(map, "PAINS", WRONG_LANGUAGE);
        assertFalse("backed, not an assumption", item.get("rollup").get("assumption").asBoolean());
        assertEquals(0, item.get("rollup").get("evidenceCount").asInt());
        assertEquals(2, item.get("rollup").get("hiddenEvidence").asInt());
        assertTrue(item.get("rollup").get("freshness").isNull());
        assertEquals(0, item.get("evidence").size());
        assertEquals(0, item.get("coveredBy").size());
        assertEquals(1, item.get("hiddenIssues").asInt());
        assertFalse(map.toString().contains("Spanish customers"));
        assertFalse(map.toString().contains("BILL-1"));
        // pm may browse BILL: nothing hidden, the same item fully shown
        JsonNode pm = item(Http.json(Http.get("/rest/empathy/1.0/personas/OPS-MANAGER/map", "pm")), "PAINS", WRONG_LANGUAGE);
        assertEquals(2, pm.get("rollup").get("evidenceCount").asInt());
        assertEquals(0, pm.get("rollup").get("hiddenEvidence").asInt());
        assertEquals(0, pm.get("hiddenIssues").asInt());
        assertEquals("BILL-1", pm.get("coveredBy").get(0).get("key").asText());

        String html = Http.get("/wiki/spaces/RES/pages/ops-map", "viewer").body();
        assertTrue(html, html.contains("Backed by 2 pieces of evidence you can’t see"));
        assertTrue(html, html.contains("Addressed by 1 issue you can’t see"));
        assertFalse("nothing on Owen's map is an assumption", html.contains("empathy-assumption"));
        assertFalse(html.contains("Assumption — no evidence backs this yet."));
        // only the other pain ("Approves expense claims one at a time") has no issue at all
        assertEquals(1, occurrences(html, "No Jira issue addresses this pain yet."));
        assertFalse(html.contains("BILL-1"));
        assertFalse(html.contains("Spanish customers"));
    }

    @Test
    public void evidenceAndIssuesTheReaderCannotSeeAreCountedBesideWhatTheySee() throws Exception {
        Http.post("/rest/empathy/1.0/personas", "pm", "application/json",
                "{\"key\":\"HALF-SEEN\",\"name\":\"Hana, half seen\",\"description\":\"Research in two projects.\"}");
        long seen = evidence("HALF-SEEN", "DEMO", "Seen: I approve every invoice twice.");
        long unseen = evidence("HALF-SEEN", "BILL", "Unseen: the card run fails every payday.");
        JsonNode created = Http.json(Http.post("/rest/empathy/1.0/personas/HALF-SEEN/items", "pm", "application/json",
                "{\"section\":\"PAINS\",\"statement\":\"Approves every invoice twice\"}"));
        long itemId = created.get("id").asLong();
        for (long id : new long[] {seen, unseen}) {
            HttpResponse<String> backed = Http.post("/rest/empathy/1.0/personas/items/" + itemId + "/evidence", "pm", "application/json",
                    "{\"evidenceId\":" + id + "}");
            assertTrue(backed.body(), backed.statusCode() / 100 == 2);
        }
        // BILL-2: other tests leave its links as they found them, and so does this one
        HttpResponse<String> linked = Http.post("/rest/empathy/1.0/issues/BILL-2/links", "pm", "application/json",
                "{\"evidenceId\":" + unseen + ",\"relation\":\"ADDRESSES\"}");
        assertEquals(linked.body(), 201, linked.statusCode());
        try {
            JsonNode map = Http.json(Http.get("/rest/empathy/1.0/personas/HALF-SEEN/map", "viewer"));
            JsonNode item = item(map, "PAINS", "Approves every invoice twice");
            assertEquals(1, item.get("rollup").get("evidenceCount").asInt());
            assertEquals(1, item.get("rollup").get("hiddenEvidence").asInt());
            assertEquals(1, item.get("hiddenIssues").asInt());
            assertEquals(1, item.get("evidence").size());
            assertFalse(map.toString().contains("Unseen"));
            assertFalse(map.toString().contains("BILL-2"));
            assertEquals(1, map.get("hidden").asInt());
            JsonNode pm = item(Http.json(Http.get("/rest/empathy/1.0/personas/HALF-SEEN/map", "pm")), "PAINS", "Approves every invoice twice");
            assertEquals(2, pm.get("rollup").get("evidenceCount").asInt());
            assertEquals(0, pm.get("rollup").get("hiddenEvidence").asInt());
            assertEquals(0, pm.get("hiddenIssues").asInt());
        } finally {
            assertEquals(200, Http.send("DELETE", "/rest/empathy/1.0/issues/BILL-2/links/evidence/" + unseen, "pm", "application/json", null).statusCode());
        }
    }

    private static long evidence(String persona, String project, String text) throws Exception {
        String body = Http.JSON.writeValueAsString(Map.of("text", text, "section", "PAINS", "sourceKind", "INTERVIEW", "project", project,
                "persona", persona, "observedOn", java.time.LocalDate.now().minusDays(3).toString(), "participant", "P-" + (900 + Math.abs(text.hashCode() % 90)), "participantConsent", true));
        HttpResponse<String> response = Http.post("/rest/empathy/1.0/evidence", "pm", "application/json", body);
        assertEquals(response.body(), 201, response.statusCode());
        return Http.json(response).get("id").asLong();
    }

    @Test
    public void theNoAccessMessageNamesThePersonaNotItsKey() throws Exception {
        String html = Http.get("/wiki/spaces/RES/pages/collections-map", "viewer").body();
        assertTrue(html, html.contains("see any of the evidence for Carmen, the credit controller."));
        assertFalse(html, html.contains("for persona Carmen"));
        assertFalse(html, html.contains("persona COLLECTIONS"));
        HttpResponse<String> jira = Http.get("/rest/empathy/1.0/personas/COLLECTIONS/map", "viewer");
        assertEquals(403, jira.statusCode());
        String message = Http.json(jira).get("message").asText();
        assertTrue(message, message.contains("Carmen, the credit controller"));
        assertFalse(message, message.contains("COLLECTIONS"));
    }

    @Test
    public void andOneMoreOpensTheRestOnThePageAndPaperListsThem() throws Exception {
        // "Re-keys every bank statement line by hand" has three pieces; two show at once (quotesPerItem 2)
        String third = "Is there really no way to upload the statement file?";
        String live = Http.get("/wiki/spaces/RES/pages/accountant-map", "pm").body();
        int more = live.indexOf("<summary>and 1 more</summary>");
        assertTrue(live, more > 0);
        assertTrue("the third quote is behind the disclosure", live.indexOf(third) > more);
        assertFalse(live.contains("As of "));
        for (String output : List.of("pdf", "word", "html", "email", "feed")) {
            String paper = Http.get("/wiki/spaces/RES/pages/accountant-map?output=" + output, "pm").body();
            assertTrue(output, paper.contains(third));
            assertFalse(output, paper.contains("and 1 more"));
            assertTrue(output + ": says when it was read", Pattern.compile("As of \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}").matcher(paper).find());
            assertTrue(output + ": a date beside each age",
                    Pattern.compile("latest (\\d+ (days|weeks|months) ago|today) \\(\\d{1,2} [A-Z][a-z]{2} \\d{4}\\)").matcher(paper).find());
        }
    }

    @Test
    public void theMapCanBeLimitedToSomeProjects() throws Exception {
        JsonNode all = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map", "pm"));
        JsonNode bill = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=bill", "pm"));
        JsonNode demo = Http.json(Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=DEMO", "pm"));
        assertEquals(1, evidenceIn(bill));
        assertEquals(evidenceIn(all), evidenceIn(bill) + evidenceIn(demo));
        assertEquals(0, bill.get("hidden").asInt());
        assertTrue(bill.toString().contains("The deal hinges on bank import."));
        assertFalse(demo.toString().contains("The deal hinges on bank import."));
    }

    @Test
    public void aProjectListThatIsNotOneIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> response = Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=DEMO,%3Cscript%3E", "pm");
        assertEquals(400, response.statusCode());
        JsonNode error = Http.json(response).get("fieldErrors").get(0);
        assertEquals("projects", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("is not a Jira project key"));
    }

    @Test
    public void aViewerWhoMaySeeNoneOfTheFilteredEvidenceIsRefused() throws Exception {
        // viewer cannot browse BILL: limiting the map to BILL leaves nothing they may see
        assertEquals(403, Http.get("/rest/empathy/1.0/personas/ACCOUNTANT/map?projects=BILL", "viewer").statusCode());
        assertEquals(403, Http.get("/rest/empathy/1.0/personas/COLLECTIONS/map", "viewer").statusCode());
        assertEquals(200, Http.get("/rest/empathy/1.0/personas/COLLECTIONS/map", "pm").statusCode());
    }

    @Test
    public void theMacrosProjectsParameterReachesJira() throws Exception {
        PagesServlet.PAGES.putIfAbsent("accountant-billing", new PagesServlet.DemoPage("accountant-billing", "Amira: billing research only",
                "Only evidence from the Billing project.", Map.of("persona", "ACCOUNTANT", "projects", "BILL")));
        String html = Http.get("/wiki/spaces/RES/pages/accountant-billing", "pm").body();
        assertTrue(html.contains("1 piece of evidence from 1 participant"));
        assertTrue(html.contains("The deal hinges on bank import."));
        assertFalse(html.contains("Forty clients, every month."));
    }

    @Test
    public void aBadProjectsParameterSaysWhatToFix() throws Exception {
        PagesServlet.PAGES.putIfAbsent("bad-projects", new PagesServlet.DemoPage("bad-projects", "A typo in the projects field",
                "The macro's projects field is not a list of project keys.", Map.of("persona", "ACCOUNTANT", "projects", "DEMO; <b>BILL</b>")));
        String html = Http.get("/wiki/spaces/RES/pages/bad-projects", "pm").body();
        assertTrue(html, html.contains("Edit this macro and fix its Jira projects field: \u201cDEMO;\u201d is not a Jira project key."));
        assertFalse(html.contains("<b>BILL"));
    }

    @Test
    public void anUnknownPersonaListsThePersonasToChooseFrom() throws Exception {
        String html = Http.get("/wiki/spaces/RES/pages/missing-persona", "pm").body();
        assertTrue(html.contains("There is no persona with the key NOBODY in Jira."));
        assertTrue(html.contains("<li>Amira, the small-practice accountant (ACCOUNTANT)</li>"));
    }

    @Test
    public void exportsRenderTheStaticMapAndUnknownExportTypesAreNotFound() throws Exception {
        String pdf = Http.get("/wiki/spaces/RES/pages/accountant-map?output=pdf", "pm").body();
        assertTrue(pdf.contains("data-output-type=\"pdf\""));
        assertTrue(pdf.contains("empathy-map empathy-map-static"));
        assertFalse(pdf.contains("<script"));
        assertFalse(pdf.contains("<details"));
        assertEquals(404, Http.get("/wiki/spaces/RES/pages/accountant-map?output=exe", "pm").statusCode());
    }
}
