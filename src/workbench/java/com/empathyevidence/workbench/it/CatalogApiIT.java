package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.delete;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.personaKey;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.put;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.Test;

/** Participants (with erasure), personas, map items, backing evidence and the freshness policy, over real HTTP. */
public class CatalogApiIT {

    private static final String NO_EDIT = "You need permission to edit issues in at least one project to change personas, participants or map items.";

    // ================================================================ participants

    @Test
    public void participantsAreCreatedReadUpdatedAndListed() throws Exception {
        String alias = unique("P");
        var response = post("/participants", "pm", object().put("consent", true).put("alias", alias).put("segment", "SMB").put("role", "Bookkeeper"));
        JsonNode created = ok(201, response);
        assertEquals(alias, created.get("alias").asText());
        assertEquals("SMB", created.get("segment").asText());
        assertTrue("consent is stored as answered", created.get("consent").asBoolean());
        assertFalse(created.get("erased").asBoolean());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/participants/" + alias));

        assertEquals(created, ok(200, get("/participants/" + alias, "viewer")));
        assertTrue(ok(200, get("/participants", "viewer")).toString().contains("\"alias\":\"" + alias + "\""));
        JsonNode updated = ok(200, put("/participants/" + alias, "pm", object().put("segment", "Enterprise").put("consent", false).put("version", 1)));
        assertEquals("Enterprise", updated.get("segment").asText());
        assertTrue(updated.get("role").isNull());
        assertFalse(updated.get("consent").asBoolean());

        error(409, "The alias " + alias + " is already taken. Pick another alias, or use the existing participant.",
                post("/participants", "pm", object().put("consent", true).put("alias", alias)));
        error(404, "There is no participant NOBODY-1.", get("/participants/NOBODY-1", "pm"));
        error(404, "There is no participant NOBODY-1.", put("/participants/NOBODY-1", "pm", object()));
        error(403, NO_EDIT, post("/participants", "viewer", object().put("consent", true).put("alias", unique("P"))));
        error(403, NO_EDIT, put("/participants/" + alias, "viewer", object().put("segment", "x")));
    }

    @Test
    public void participantInputIsValidated() throws Exception {
        invalid(post("/participants", "pm", object().put("consent", true).put("alias", "Jane Doe").put("segment", "s".repeat(101)).put("role", "r".repeat(101))),
                "alias", "Use letters, digits, dots, dashes or underscores, like P-014 (no real names).",
                "segment", "Use at most 100 characters (this has 101).",
                "role", "Use at most 100 characters (this has 101).");
        invalid(post("/participants", "pm", object()), "alias", "This field is required.",
                "consent", "Say whether the participant consented to the use of their words: true or false.");
        invalid(post("/participants", "pm", object().put("consent", true).put("alias", "P".repeat(33))), "alias", "Use at most 32 characters (this has 33).");
        String alias = unique("P");
        ok(201, post("/participants", "pm", object().put("consent", true).put("alias", alias)));
        invalid(put("/participants/" + alias, "pm", object().put("role", "r".repeat(101)).put("version", 1)), "role", "Use at most 100 characters (this has 101).");
    }

    @Test
    public void anAdministratorErasesAParticipantAfterTypingTheAliasAgain() throws Exception {
        String alias = unique("P");
        ObjectNode quote = evidence("My name is on this quote " + unique("w"));
        quote.put("participantAlias", alias).put("participantConsent", true);
        long quoteId = createEvidence("pm", quote).get("id").asLong();
        ObjectNode observation = evidence("Observed doing it " + unique("w"));
        observation.put("participantAlias", alias).put("participantConsent", true);
        observation.put("kind", "OBSERVATION");
        long observationId = createEvidence("pm", observation).get("id").asLong();

        error(403, "Only administrators can do this.", post("/participants/" + alias + "/erase", "pm", object().put("confirmAlias", alias)));
        invalid(post("/participants/" + alias + "/erase", "admin", object().put("confirmAlias", "P-wrong")),
                "confirmAlias", "Type the alias " + alias + " again to confirm. Erasing can\u2019t be undone.");
        invalid(post("/participants/" + alias + "/erase", "admin", object()),
                "confirmAlias", "Type the alias " + alias + " again to confirm. Erasing can\u2019t be undone.");
        error(404, "There is no participant NOBODY-2.", post("/participants/NOBODY-2/erase", "admin", object().put("confirmAlias", "NOBODY-2")));

        JsonNode erased = ok(200, post("/participants/" + alias + "/erase", "admin", object().put("confirmAlias", alias)));
        assertEquals(alias, erased.get("alias").asText());
        assertEquals(1, erased.get("redactedQuotes").asInt());
        JsonNode redacted = ok(200, get("/evidence/" + quoteId, "pm"));
        assertTrue(redacted.get("redacted").asBoolean());
        assertFalse(redacted.get("text").asText().contains("My name"));
        String newAlias = redacted.get("participantAlias").asText();
        assertTrue(newAlias, newAlias.startsWith("ERASED-"));
        assertTrue(ok(200, get("/evidence/" + observationId, "pm")).get("text").asText().startsWith("Observed doing it"));
        error(404, "There is no participant " + alias + ".", get("/participants/" + alias, "pm"));
        error(409, "Participant " + newAlias + " was erased and can\u2019t be changed.", put("/participants/" + newAlias, "pm", object().put("segment", "x")));
    }

    // ================================================================ personas

    @Test
    public void personasAreCreatedReadUpdatedAndListed() throws Exception {
        String key = personaKey("P");
        var response = post("/personas", "pm", object().put("key", key).put("name", "  Nadia, the nurse  ").put("description", "Works nights"));
        JsonNode created = ok(201, response);
        assertEquals("Nadia, the nurse", created.get("name").asText());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/personas/" + key));
        assertEquals(created, ok(200, get("/personas/" + key, "viewer")));
        assertTrue(ok(200, get("/personas", "viewer")).toString().contains("\"key\":\"" + key + "\""));
        JsonNode updated = ok(200, put("/personas/" + key, "pm", object().put("name", "Nadia").put("description", "Works days").put("version", 1)));
        assertEquals("Works days", updated.get("description").asText());

        error(409, "There already is a persona " + key + ". Pick another key, or edit that persona.",
                post("/personas", "pm", object().put("key", key).put("name", "Again")));
        error(404, "There is no persona with the key NOBODY. Check the key and try again.", get("/personas/NOBODY", "pm"));
        error(404, "There is no persona with the key NOBODY. Check the key and try again.", put("/personas/NOBODY", "pm", object().put("name", "x")));
        error(403, NO_EDIT, post("/personas", "viewer", object().put("key", personaKey("V")).put("name", "x")));
        error(403, NO_EDIT, put("/personas/" + key, "viewer", object().put("name", "x")));
        invalid(post("/personas", "pm", object().put("key", "nurse").put("name", " ").put("description", "d".repeat(2001))),
                "key", "Use capital letters, digits, dashes or underscores, starting with a letter, like ACCOUNTANT.",
                "name", "This field is required.",
                "description", "Use at most 2,000 characters (this has 2,001).");
        invalid(put("/personas/" + key, "pm", object().put("name", "n".repeat(101)).put("version", 2)), "name", "Use at most 100 characters (this has 101).");
        invalid(post("/personas", "pm", object().put("key", "K".repeat(33)).put("name", "x")), "key", "Use at most 32 characters (this has 33).");
    }

    @Test
    public void mapItemsAreCreatedBackedUnbackedAndDeletedAndTheMapShowsThem() throws Exception {
        String key = personaKey("MAP");
        createPersona(key);
        ObjectNode e = evidence("Backs the item " + unique("w"));
        e.put("persona", key);
        e.put("participantAlias", unique("P")).put("participantConsent", true);
        long evidenceId = createEvidence("pm", e).get("id").asLong();

        var response = post("/personas/" + key + "/items", "pm", object().put("section", "pains").put("statement", " Loses drafts "));
        JsonNode item = ok(201, response);
        long id = item.get("id").asLong();
        assertEquals("PAINS", item.get("section").asText());
        assertEquals("Loses drafts", item.get("statement").asText());
        assertEquals(key, item.get("persona").asText());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/personas/items/" + id));
        assertEquals(item, ok(200, get("/personas/items/" + id, "viewer")));
        assertEquals(1, ok(200, get("/personas/" + key + "/items", "viewer")).size());
        JsonNode assumption = section(ok(200, get("/personas/" + key + "/map", "pm")), "PAINS").get("items").get(0);
        assertEquals(0, assumption.get("evidence").size());

        ok(204, post("/personas/items/" + id + "/evidence", "pm", object().put("evidenceId", evidenceId)));
        error(409, "This evidence already backs that map item.", post("/personas/items/" + id + "/evidence", "pm", object().put("evidenceId", evidenceId)));
        JsonNode map = ok(200, get("/personas/" + key + "/map", "pm"));
        assertEquals(9, map.get("sections").size());
        assertEquals(1, map.get("summary").get("evidenceCount").asInt());
        assertEquals(evidenceId, section(map, "PAINS").get("items").get(0).get("evidence").get(0).get("id").asLong());

        JsonNode updated = ok(200, put("/personas/items/" + id, "pm", object().put("section", "FEELS").put("statement", "Fears losing drafts").put("version", 1)));
        assertEquals("FEELS", updated.get("section").asText());
        ok(204, delete("/personas/items/" + id + "/evidence/" + evidenceId, "pm"));
        assertEquals(0, section(ok(200, get("/personas/" + key + "/map", "pm")), "FEELS").get("items").get(0).get("evidence").size());
        ok(204, delete("/personas/items/" + id, "pm"));
        error(404, "There is no map item " + id + ".", get("/personas/items/" + id, "pm"));
        assertEquals(0, ok(200, get("/personas/" + key + "/items", "pm")).size());
    }

    @Test
    public void mapItemInputIsValidatedAndUnknownsAre404() throws Exception {
        String key = personaKey("ITEM");
        createPersona(key);
        long id = ok(201, post("/personas/" + key + "/items", "pm", object().put("section", "SAYS").put("statement", "Says things"))).get("id").asLong();
        String section = "Choose one of SAYS, THINKS, DOES, FEELS, PAINS, GAINS, GOALS, SEES, HEARS.";
        invalid(post("/personas/" + key + "/items", "pm", object().put("section", "NOPE").put("statement", "s".repeat(301))),
                "section", section, "statement", "Use at most 300 characters (this has 301).");
        invalid(put("/personas/items/" + id, "pm", object().put("statement", " ").put("version", 1)), "section", section, "statement", "This field is required.");
        invalid(post("/personas/items/" + id + "/evidence", "pm", object()), "evidenceId", "This field is required.");
        long retired = createEvidence("pm", evidence("Retired backing " + unique("w"))).get("id").asLong();
        ok(200, post("/evidence/" + retired + "/retire", "pm", object().put("reason", "Old")));
        invalid(post("/personas/items/" + id + "/evidence", "pm", object().put("evidenceId", retired)),
                "evidenceId", "Evidence " + retired + " is retired. Link or attach its successor instead.");

        String noPersona = "There is no persona with the key NOBODY. Check the key and try again.";
        error(404, noPersona, get("/personas/NOBODY/items", "pm"));
        error(404, noPersona, get("/personas/NOBODY/map", "pm"));
        error(404, noPersona, post("/personas/NOBODY/items", "pm", object().put("section", "SAYS").put("statement", "x")));
        String noItem = "There is no map item 99999999.";
        error(404, noItem, get("/personas/items/99999999", "pm"));
        error(404, noItem, put("/personas/items/99999999", "pm", object().put("section", "SAYS").put("statement", "x")));
        error(404, noItem, delete("/personas/items/99999999", "pm"));
        error(404, noItem, post("/personas/items/99999999/evidence", "pm", object().put("evidenceId", retired)));
        error(404, noItem, delete("/personas/items/99999999/evidence/" + retired, "pm"));
        error(404, "There is no evidence with the id 99999999.", post("/personas/items/" + id + "/evidence", "pm", object().put("evidenceId", 99999999)));

        error(403, NO_EDIT, post("/personas/" + key + "/items", "viewer", object().put("section", "SAYS").put("statement", "x")));
        error(403, NO_EDIT, put("/personas/items/" + id, "viewer", object().put("section", "SAYS").put("statement", "x")));
        error(403, NO_EDIT, delete("/personas/items/" + id, "viewer"));
        error(403, NO_EDIT, post("/personas/items/" + id + "/evidence", "viewer", object().put("evidenceId", retired)));
        error(403, NO_EDIT, delete("/personas/items/" + id + "/evidence/" + retired, "viewer"));
        assertEquals("Says things", ok(200, get("/personas/items/" + id, "pm")).get("statement").asText());
    }

    // ================================================================ policy

    @Test
    public void shelfLivesAreReadByEveryoneAndChangedByAdministrators() throws Exception {
        JsonNode global = ok(200, get("/policy", "viewer"));
        assertEquals(9, global.get("shelfLifeDays").size());
        assertEquals(365, global.get("shelfLifeDays").get("INTERVIEW").asInt());
        assertEquals(75, global.get("agingFromPercent").asInt());
        assertEquals(180, ok(200, get("/policy/projects/DEMO", "viewer")).get("shelfLifeDays").get("OTHER").asInt());

        error(403, "Only administrators can do this.", put("/policy", "pm", Map.of("OTHER", 200)));
        error(403, "Only administrators can do this.", put("/policy/projects/DEMO", "pm", Map.of("OTHER", 200)));
        ObjectNode bad = object();
        bad.put("OTHER", 5);
        bad.put("GOSSIP", 100);
        bad.put("SURVEY", 3651);
        invalid(put("/policy", "admin", bad),
                "OTHER", "Use a number from 7 to 3,650.",
                "GOSSIP", "Choose a source kind: INTERVIEW, USABILITY_TEST, SUPPORT_TICKET, SALES_CALL, SURVEY, CHURN_INTERVIEW, "
                        + "USAGE_ANALYTICS, FIELD_OBSERVATION or OTHER.",
                "SURVEY", "Use a number from 7 to 3,650.");
        error(404, "Project NOPE doesn\u2019t exist or you don\u2019t have permission to see it.", put("/policy/projects/NOPE", "admin", Map.of("OTHER", 100)));
        assertEquals(180, ok(200, get("/policy", "pm")).get("shelfLifeDays").get("OTHER").asInt());

        // OTHER: a source kind the demo data's freshness does not depend on; restored whatever happens
        try {
            JsonNode changed = ok(200, put("/policy", "admin", Map.of("OTHER", 200)));
            assertEquals(200, changed.get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(200, changed.get("overrides").get("OTHER").asInt());
            JsonNode project = ok(200, put("/policy/projects/BILL", "admin", Map.of("OTHER", 30)));
            assertEquals(30, project.get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(30, ok(200, get("/policy/projects/BILL", "pm")).get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(200, ok(200, get("/policy/projects/DEMO", "pm")).get("shelfLifeDays").get("OTHER").asInt());
        } finally {
            ObjectNode reset = object();
            reset.putNull("OTHER");
            ok(200, put("/policy/projects/BILL", "admin", reset));
            JsonNode restored = ok(200, put("/policy", "admin", reset));
            assertEquals(180, restored.get("shelfLifeDays").get("OTHER").asInt());
            assertEquals(0, restored.get("overrides").size());
        }
    }

    private static JsonNode section(JsonNode map, String name) {
        for (JsonNode s : map.get("sections")) {
            if (s.get("section").asText().equals(name)) {
                return s;
            }
        }
        throw new AssertionError("no section " + name);
    }
}
