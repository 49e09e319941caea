package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Issue 12, "The API says what it means" and "Privacy done right", over real HTTP against the shared workbench: one
 * set of field names in and out (the old input names still read), bodies of the wrong shape named by field, the
 * policy written back as it is read, participant versions, consent asked for, erasure that takes the source link and
 * the recording moment too, tombstones, and a CSV row naming a project that does not exist.
 */
public class ApiTruthIT {

    static final String AGING_RANGE = "Aging threshold (agingFromPercent): use a whole percent from 50 to 95, or leave it empty to inherit. "
            + "Below 50 %, evidence would count as aging for most of its shelf life, so the warning would stop meaning \u201cre-confirm soon\u201d; "
            + "above 95 %, there would be too little time to re-confirm it before it turns stale.";

    private static final String HEADER = CsvImportIT.HEADER + ",participantConsent";
    private static final String DAY = LocalDate.now().minusDays(3).toString();

    @Test
    public void requestsUseTheNamesAnswersUseAndTheOldNamesStillWork() throws Exception {
        String alias = unique("P");
        ObjectNode in = object().put("text", "Same names " + unique("w")).put("section", "PAINS").put("sourceKind", "INTERVIEW")
                .put("observedOn", DAY).put("projectKey", "DEMO").put("personaKey", "ACCOUNTANT")
                .put("participantAlias", alias).put("participantConsent", true);
        JsonNode created = createEvidence("pm", in);
        assertEquals("DEMO", created.get("projectKey").asText());
        assertEquals("ACCOUNTANT", created.get("personaKey").asText());
        assertEquals(alias, created.get("participantAlias").asText());

        // what GET answers can be sent back as it is, with a change
        ObjectNode back = (ObjectNode) ok(200, get("/evidence/" + created.get("id").asLong(), "pm"));
        ObjectNode update = object();
        for (String field : List.of("text", "kind", "section", "sourceKind", "sourceTitle", "sourceLink", "sourceMomentSeconds",
                "participantAlias", "personaKey", "observedOn", "tags", "version")) {
            update.set(field, back.get(field));
        }
        update.put("personaKey", "FREELANCER");
        assertEquals("FREELANCER", ok(200, put("/evidence/" + created.get("id").asLong(), "pm", update)).get("personaKey").asText());

        // deprecated, still read for one release: participant, persona, project
        String old = unique("P");
        JsonNode legacy = createEvidence("pm", evidence("Old names " + unique("w")).put("persona", "ACCOUNTANT")
                .put("participant", old).put("participantConsent", false));
        assertEquals("DEMO", legacy.get("projectKey").asText());
        assertEquals("ACCOUNTANT", legacy.get("personaKey").asText());
        assertEquals(old, legacy.get("participantAlias").asText());
        // the new name wins when both are sent
        assertEquals("FREELANCER", createEvidence("pm", evidence("Both " + unique("w")).put("persona", "ACCOUNTANT")
                .put("personaKey", "FREELANCER")).get("personaKey").asText());

        // errors name the fields as the API does, whichever name the request used
        invalid(post("/evidence", "pm", evidence("Bad names").put("persona", "lower").put("participant", "Real Name")),
                "participantAlias", "Use letters, digits, dots, dashes or underscores, like P-014 (no real names).",
                "personaKey", "Use capital letters, digits, dashes or underscores, starting with a letter, like ACCOUNTANT.");
    }

    @Test
    public void aBodyOfTheWrongShapeNamesTheField() throws Exception {
        String wrongType = "The field sourceMomentSeconds has a value of the wrong type: it must be a whole number.";
        JsonNode body = error(400, wrongType, Http.post(Http.REST + "/evidence", "pm", Api.JSON_TYPE, "{\"sourceMomentSeconds\": \"soon\"}"));
        assertEquals("sourceMomentSeconds", body.get("fieldErrors").get(0).get("field").asText());
        assertEquals(wrongType, body.get("fieldErrors").get(0).get("message").asText());

        error(400, "The field tags[1] has a value of the wrong type: it must be text (in double quotes).",
                Http.post(Http.REST + "/evidence", "pm", Api.JSON_TYPE, "{\"tags\": [\"ok\", {\"a\": 1}]}"));
        error(400, "The field consent has a value of the wrong type: it must be true or false.",
                Http.post(Http.REST + "/participants", "pm", Api.JSON_TYPE, "{\"alias\": \"P-X\", \"consent\": [true]}"));
        JsonNode unknown = error(400, "The request has a field participnt that this request does not take. Check the field name against the API document.",
                Http.post(Http.REST + "/evidence", "pm", Api.JSON_TYPE, "{\"participnt\": \"P-014\"}"));
        assertEquals("participnt", unknown.get("fieldErrors").get(0).get("field").asText());
        error(400, "The field shelfLifeDays.OTHER has a value of the wrong type: it must be a whole number.",
                Http.send("PUT", Http.REST + "/policy", "admin", Api.JSON_TYPE, "{\"shelfLifeDays\": {\"OTHER\": \"long\"}}"));
        // not JSON at all: nothing to name
        error(400, "The request body isn\u2019t valid JSON for this request. Check the field names and value types.",
                Http.post(Http.REST + "/evidence", "pm", Api.JSON_TYPE, "{\"text\": "));
    }

    @Test
    public void thePolicyTakesBackWhatItGives() throws Exception {
        // OTHER: a source kind the demo data's freshness does not depend on; restored whatever happens
        try {
            JsonNode global = ok(200, get("/policy", "admin"));
            assertEquals(global, ok(200, put("/policy", "admin", global)));

            ObjectNode changed = global.deepCopy();
            ((ObjectNode) changed.get("shelfLifeDays")).put("OTHER", 200);
            JsonNode after = ok(200, put("/policy", "admin", changed));
            assertEquals(200, after.get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(200, after.get("overrides").get("OTHER").asInt());
            assertEquals(after, ok(200, put("/policy", "admin", after)));

            ObjectNode project = (ObjectNode) ok(200, get("/policy/projects/BILL", "admin"));
            ((ObjectNode) project.get("overrides")).put("OTHER", 30);
            JsonNode bill = ok(200, put("/policy/projects/BILL", "admin", project));
            assertEquals(30, bill.get("shelfLifeDays").get("OTHER").asInt());

            // overrides is the whole set: left out, a kind goes back to the default
            ObjectNode cleared = after.deepCopy();
            cleared.remove("shelfLifeDays");
            cleared.set("overrides", object());
            JsonNode defaults = ok(200, put("/policy", "admin", cleared));
            assertEquals(180, defaults.get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(0, defaults.get("overrides").size());

            // the aging threshold: what GET answers, changed, is this scope's own; null clears it
            ObjectNode aging = (ObjectNode) ok(200, get("/policy/projects/BILL", "admin")).deepCopy();
            aging.put("agingFromPercent", 60);
            JsonNode sixty = ok(200, put("/policy/projects/BILL", "admin", aging));
            assertEquals(60, sixty.get("agingFromPercent").asInt());
            assertEquals(60, sixty.get("agingOverride").asInt());
            assertEquals(sixty, ok(200, put("/policy/projects/BILL", "admin", sixty)));
            assertEquals(sixty, ok(200, get("/policy/projects/BILL", "pm")));
            assertEquals("the global one is not touched", 75, ok(200, get("/policy", "admin")).get("agingFromPercent").asInt());
            assertTrue(ok(200, get("/policy", "admin")).get("agingOverride").isNull());
            for (int bad : new int[] {49, 96}) {
                aging.put("agingFromPercent", bad);
                invalid(put("/policy/projects/BILL", "admin", aging), "agingFromPercent", AGING_RANGE);
            }
            assertEquals("nothing changed by a refusal", 60, ok(200, get("/policy/projects/BILL", "admin")).get("agingFromPercent").asInt());
            aging.putNull("agingFromPercent");
            JsonNode inherited = ok(200, put("/policy/projects/BILL", "admin", aging));
            assertEquals(75, inherited.get("agingFromPercent").asInt());
            assertTrue(inherited.get("agingOverride").isNull());
        } finally {
            ObjectNode reset = object();
            reset.putNull("agingFromPercent");
            ok(200, put("/policy/projects/BILL", "admin", reset));
            reset.remove("agingFromPercent");
            reset.putNull("OTHER");
            ok(200, put("/policy/projects/BILL", "admin", reset));
            assertEquals(180, ok(200, put("/policy", "admin", reset)).get("shelfLifeDays").get("OTHER").asInt());
        }
    }

    @Test
    public void aParticipantUpdateNeedsTheVersionItWasReadAt() throws Exception {
        String alias = unique("P");
        JsonNode created = ok(201, post("/participants", "pm", object().put("alias", alias).put("consent", true)));
        assertEquals(1, created.get("version").asInt());
        invalid(put("/participants/" + alias, "pm", object().put("segment", "SMB")), "version",
                "Send the version you read, so no one\u2019s change is overwritten.");

        // what GET answers is what PUT takes
        ObjectNode read = (ObjectNode) ok(200, get("/participants/" + alias, "pm"));
        read.put("segment", "SMB");
        JsonNode updated = ok(200, put("/participants/" + alias, "pm", read));
        assertEquals(2, updated.get("version").asInt());
        assertEquals("SMB", updated.get("segment").asText());

        read.put("segment", "Enterprise"); // still version 1
        error(409, "Participant " + alias + " was changed by someone else since you opened it. Reload it to see their change, then make yours again.",
                put("/participants/" + alias, "admin", read));
        assertEquals("SMB", ok(200, get("/participants/" + alias, "pm")).get("segment").asText());
    }

    @Test
    public void consentIsAskedForWhereverAParticipantIsCreated() throws Exception {
        String alias = unique("P");
        invalid(post("/participants", "pm", object().put("alias", alias)), "consent",
                "Say whether the participant consented to the use of their words: true or false.");
        assertFalse(ok(201, post("/participants", "pm", object().put("alias", alias).put("consent", false))).get("consent").asBoolean());

        String implicit = unique("P");
        invalid(post("/evidence", "pm", evidence("No consent " + unique("w")).put("participantAlias", implicit)), "participantConsent",
                "Participant " + implicit + " is new: say whether they consented to the use of their words (participantConsent true or false).");
        error(404, null, get("/participants/" + implicit, "pm"));
        createEvidence("pm", evidence("Declined " + unique("w")).put("participantAlias", implicit).put("participantConsent", false));
        assertFalse(ok(200, get("/participants/" + implicit, "pm")).get("consent").asBoolean());
        // a known participant needs no answer again
        createEvidence("pm", evidence("Known " + unique("w")).put("participantAlias", implicit));

        String inCsv = unique("P");
        String word = unique("consent").toLowerCase(java.util.Locale.ROOT);
        String row = word + ",QUOTE,SAYS,OTHER,,,," + inCsv + ",,,DEMO," + DAY + ",";
        JsonNode dry = ok(200, post("/import", "pm", object().put("dryRun", true).put("csv", HEADER + "\r\n" + row + ",\r\n")));
        assertEquals(List.of("2:participantConsent: Row 2, column participantConsent: Participant " + inCsv
                + " is new: say in participantConsent whether they consented to the use of their words (true or false)."), errors(dry.get("errors")));
        JsonNode bad = ok(200, post("/import", "pm", object().put("dryRun", true).put("csv", HEADER + "\r\n" + row + ",maybe\r\n")));
        assertEquals(List.of("2:participantConsent: Row 2, column participantConsent: participantConsent must be true or false (yes or no is read too), not \u201cmaybe\u201d."),
                errors(bad.get("errors")));
        assertEquals(1, ok(200, post("/import", "pm", object().put("csv", HEADER + "\r\n" + row + ",no\r\n"))).get("created").asInt());
        assertFalse(ok(200, get("/participants/" + inCsv, "pm")).get("consent").asBoolean());
        assertTrue(ok(200, get("/export?q=" + word, "pm")).get("csv").asText().contains(inCsv + ",,,DEMO," + DAY + ",,false"));
    }

    @Test
    public void erasureTakesTheLinkAndTheMomentAndLeavesATombstone() throws Exception {
        String alias = unique("P");
        ObjectNode quote = evidence("Erase me " + unique("w")).put("participantAlias", alias).put("participantConsent", true)
                .put("sourceLink", "https://recordings.example.com/session-7").put("sourceMomentSeconds", 1312);
        long quoteId = createEvidence("pm", quote).get("id").asLong();
        ObjectNode observation = evidence("Watched " + unique("w")).put("kind", "OBSERVATION").put("participantAlias", alias)
                .put("sourceLink", "https://recordings.example.com/session-7").put("sourceMomentSeconds", 40);
        long observationId = createEvidence("pm", observation).get("id").asLong();

        ok(200, post("/participants/" + alias + "/erase", "admin", object().put("confirmAlias", alias)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        for (long id : new long[] {quoteId, observationId}) {
            JsonNode after = ok(200, get("/evidence/" + id, "pm"));
            assertTrue(after.toString(), after.get("sourceLink").isNull());
            assertTrue(after.toString(), after.get("sourceMomentSeconds").isNull());
        }
        assertTrue(ok(200, get("/evidence/" + quoteId, "pm")).get("redacted").asBoolean());

        // nor do they come back with an edit
        JsonNode read = ok(200, get("/evidence/" + quoteId, "pm"));
        ObjectNode edit = evidence("Try to restore").put("version", read.get("version").asInt())
                .put("participantAlias", read.get("participantAlias").asText())
                .put("sourceLink", "https://recordings.example.com/session-7").put("sourceMomentSeconds", 1312);
        JsonNode edited = ok(200, put("/evidence/" + quoteId, "pm", edit));
        assertTrue(edited.get("sourceLink").isNull());
        assertTrue(edited.get("sourceMomentSeconds").isNull());

        error(409, "Evidence " + quoteId + " is a quote removed at the participant\u2019s request, so it can\u2019t be re-confirmed. "
                + "Record what you observe now as new evidence instead.", post("/evidence/" + quoteId + "/reconfirmations", "pm", object().put("note", "Still")));

        String refused = "Participant " + alias + " was erased on " + today + " at their request, so the alias can\u2019t be used again. "
                + "Leave the participant empty, or use another alias for someone else.";
        invalid(post("/participants", "pm", object().put("alias", alias).put("consent", true)), "alias", refused);
        invalid(post("/evidence", "pm", evidence("Again " + unique("w")).put("participantAlias", alias).put("participantConsent", true)),
                "participantAlias", refused);
        JsonNode dry = ok(200, post("/import", "pm", object().put("dryRun", true)
                .put("csv", HEADER + "\r\nagain,QUOTE,SAYS,OTHER,,,," + alias + ",,,DEMO," + DAY + ",,true\r\n")));
        assertEquals(List.of("2:participant: Row 2, column participant: " + refused), errors(dry.get("errors")));
    }

    @Test
    public void aCsvRowNamingAMissingProjectSaysSoToWhoeverMayKnow() throws Exception {
        String csv = HEADER + "\r\nmissing,QUOTE,SAYS,OTHER,,,,,,,DEMO2," + DAY + ",,\r\nhidden,QUOTE,SAYS,OTHER,,,,,,,BILL," + DAY + ",,\r\n";
        JsonNode asAdmin = ok(200, post("/import", "admin", object().put("dryRun", true).put("csv", csv)));
        assertEquals(List.of("2:project: Row 2, column project: There is no project DEMO2. Check the project key."), errors(asAdmin.get("errors")));
        invalid(post("/evidence", "admin", evidence("Nowhere").put("project", "DEMO2")), "projectKey", "There is no project DEMO2. Check the project key.");

        // the viewer may not browse BILL: a missing project and a hidden one read the same, so neither leaks
        JsonNode asViewer = ok(200, post("/import", "viewer", object().put("dryRun", true).put("csv", csv)));
        assertEquals(List.of(
                "2:project: Row 2, column project: You can\u2019t add evidence to project DEMO2: you need permission to edit its issues. Pick a project you work in.",
                "3:project: Row 3, column project: You can\u2019t add evidence to project BILL: you need permission to edit its issues. Pick a project you work in."),
                errors(asViewer.get("errors")));
    }

    /** "row:column: message" of every listed error. */
    private static List<String> errors(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(e -> out.add(e.get("row").asInt() + ":" + e.get("field").asText() + ": " + e.get("message").asText()));
        return out;
    }
}
