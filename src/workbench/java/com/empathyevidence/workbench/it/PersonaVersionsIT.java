package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.delete;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.personaKey;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.put;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.web.PagesServlet;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * Versions of personas and map items (a stale edit is a 409 saying who changed it and when, and changes nothing) and
 * retiring a persona (its map is kept, read-only, says so on the Confluence page and comes last in every list), over
 * real HTTP against the shared workbench. Each test makes its own persona.
 */
public class PersonaVersionsIT {

    /** "on 2 Dec 2026, 14:05 UTC": who changed it is named, and when. */
    private static final String WHEN = "\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC";

    @Test
    public void aStalePersonaEditIsRefusedWithWhoChangedItAndWhenAndChangesNothing() throws Exception {
        String key = personaKey("VER");
        JsonNode created = createPersona(key);
        assertEquals(1, created.get("version").asInt());
        JsonNode first = ok(200, put("/personas/" + key, "admin", object().put("name", "Renamed by Alex").put("version", 1)));
        assertEquals(2, first.get("version").asInt());

        // pm still has version 1 open
        JsonNode refused = error(409, null, put("/personas/" + key, "pm", object().put("name", "Renamed by Priya").put("version", 1)));
        String message = refused.get("message").asText();
        assertTrue(message, Pattern.compile("^Persona " + key + " was changed by Alex Admin on " + WHEN
                + " since you opened it\\. What you typed is still here: reload the page").matcher(message).find());
        assertEquals("Renamed by Alex", ok(200, get("/personas/" + key, "pm")).get("name").asText());
        invalid(put("/personas/" + key, "pm", object().put("name", "No version")), "version",
                "Send the version you read, so no one\u2019s change is overwritten.");
        assertEquals(3, ok(200, put("/personas/" + key, "pm", object().put("name", "Renamed by Priya").put("version", 2))).get("version").asInt());
    }

    @Test
    public void aStaleMapItemEditOrMoveIsRefusedWithWhoChangedItAndWhen() throws Exception {
        String key = personaKey("VERI");
        createPersona(key);
        JsonNode item = ok(201, post("/personas/" + key + "/items", "pm", object().put("section", "PAINS").put("statement", "Re-keys invoices")));
        long id = item.get("id").asLong();
        assertEquals(1, item.get("version").asInt());
        assertEquals(1, itemOnMap(key, "PAINS", id).get("version").asInt());

        ok(200, put("/personas/items/" + id, "pm", object().put("section", "FEELS").put("statement", "Dreads re-keying").put("version", 1)));
        assertEquals("the map sends the item's new version", 2, itemOnMap(key, "FEELS", id).get("version").asInt());
        JsonNode refused = error(409, null, put("/personas/items/" + id, "admin",
                object().put("section", "GAINS").put("statement", "Moved from an old page").put("version", 1)));
        assertTrue(refused.toString(), Pattern.compile("^This map item was changed by Priya Patel on " + WHEN + " since you opened it\\.")
                .matcher(refused.get("message").asText()).find());
        JsonNode kept = ok(200, get("/personas/items/" + id, "pm"));
        assertEquals("FEELS", kept.get("section").asText());
        assertEquals("Dreads re-keying", kept.get("statement").asText());
        assertEquals(2, kept.get("version").asInt());
    }

    @Test
    public void aRetiredPersonasMapIsKeptReadOnlySaysSoAndComesLast() throws Exception {
        String key = personaKey("AAA_RET");
        String name = "Aaron, retired " + key;
        ok(201, post("/personas", "pm", object().put("key", key).put("name", name).put("description", "Made by a test")));
        long id = ok(201, post("/personas/" + key + "/items", "pm", object().put("section", "PAINS").put("statement", "Waits for approvals")))
                .get("id").asLong();
        assertTrue(ok(200, get("/personas/" + key + "/map", "pm")).get("canEdit").asBoolean());

        invalid(post("/personas/" + key + "/retire", "pm", object().put("reason", "  ")), "reason", "This field is required.");
        error(403, null, post("/personas/" + key + "/retire", "viewer", object().put("reason", "Not mine to retire")));
        error(404, null, post("/personas/NOBODY/retire", "pm", object().put("reason", "Gone")));
        JsonNode retired = ok(200, post("/personas/" + key + "/retire", "admin", object().put("reason", "Merged into the accountant persona").put("version", 1)));
        assertTrue(retired.get("retired").asBoolean());
        assertEquals("Merged into the accountant persona", retired.get("retiredReason").asText());
        assertEquals("Alex Admin", retired.get("retiredByName").asText());
        assertEquals(2, retired.get("version").asInt());
        error(409, "Persona " + key + " is retired already. Reload the page to see it.",
                post("/personas/" + key + "/retire", "pm", object().put("reason", "Again")));

        // listed after every persona in use, though its name sorts first
        List<String> order = new ArrayList<>();
        boolean seenRetired = false;
        for (JsonNode p : ok(200, get("/personas", "viewer"))) {
            order.add(p.get("key").asText());
            if (p.get("retired").asBoolean()) {
                seenRetired = true;
            } else {
                assertFalse("a persona in use after a retired one: " + order, seenRetired);
            }
        }
        assertTrue(order.contains(key));

        // its map: kept, says so, and offers no changes; writes to it are refused
        JsonNode map = ok(200, get("/personas/" + key + "/map", "pm"));
        assertFalse(map.get("canEdit").asBoolean());
        assertEquals("Alex Admin", map.get("retired").get("byName").asText());
        assertEquals("Merged into the accountant persona", map.get("retired").get("reason").asText());
        String refusal = "Persona " + key + " is retired: its map is kept for reference and can\u2019t be changed. Restore the persona on the Personas page to change its map.";
        error(409, refusal, post("/personas/" + key + "/items", "pm", object().put("section", "GAINS").put("statement", "New")));
        error(409, refusal, put("/personas/items/" + id, "pm", object().put("section", "GAINS").put("statement", "Moved").put("version", 1)));
        error(409, refusal, delete("/personas/items/" + id, "pm"));

        // the Confluence page says so in one line at the top, live and in exports, with no write controls
        String page = "retired-" + key.toLowerCase();
        PagesServlet.PAGES.putIfAbsent(page, new PagesServlet.DemoPage(page, "A retired persona's map", "Kept for reference.",
                Map.of("persona", key)));
        Pattern line = Pattern.compile("This persona was retired on \\d{1,2} [A-Z][a-z]{2} \\d{4} by Alex Admin: Merged into the accountant persona\\. "
                + "The map is kept for reference\\.");
        String live = Http.get("/wiki/spaces/RES/pages/" + page, "pm").body();
        assertTrue(live, line.matcher(live).find());
        assertFalse("no write controls on a retired persona's map", live.contains("data-editor=\"true\""));
        String pdf = Http.get("/wiki/spaces/RES/pages/" + page + "?output=pdf", "pm").body();
        assertTrue(pdf, line.matcher(pdf).find());

        // the macro editor lists it last, marked as retired
        JsonNode options = ok(200, Http.get("/rest/empathy-map/1.0/macro-options", "pm"));
        JsonNode last = null;
        boolean found = false;
        for (JsonNode p : options.get("personas")) {
            if (p.get("key").asText().equals(key)) {
                assertEquals(name + " (retired)", p.get("name").asText());
                found = true;
            } else if (found) {
                assertTrue("after a retired persona only retired ones: " + options, p.get("name").asText().endsWith(" (retired)"));
            }
            last = p;
        }
        assertTrue(options.toString(), found && last != null);

        // the library's persona filter lists it last too, marked as retired
        String library = Http.get("/plugins/servlet/empathy/library", "pm").body();
        int retiredOption = library.indexOf("<option value=\"" + key + "\">" + name + " (retired)</option>");
        int activeOption = library.indexOf("<option value=\"ACCOUNTANT\">");
        assertTrue(library, retiredOption > 0 && activeOption > 0 && activeOption < retiredOption);

        // restored: the map can be changed again
        error(409, null, post("/personas/" + key + "/restore", "pm", object().put("version", 1)));
        JsonNode restored = ok(200, post("/personas/" + key + "/restore", "pm", object().put("version", 2)));
        assertFalse(restored.get("retired").asBoolean());
        assertEquals(3, restored.get("version").asInt());
        error(409, "Persona " + key + " is not retired, so there is nothing to restore. Reload the page to see it.",
                post("/personas/" + key + "/restore", "pm", object()));
        JsonNode again = ok(200, get("/personas/" + key + "/map", "pm"));
        assertTrue(again.get("canEdit").asBoolean());
        assertTrue(again.path("retired").isNull() || again.path("retired").isMissingNode());
        ok(200, put("/personas/items/" + id, "pm", object().put("section", "GAINS").put("statement", "Waits less").put("version", 1)));
    }

    private static JsonNode itemOnMap(String key, String section, long id) throws Exception {
        for (JsonNode s : ok(200, get("/personas/" + key + "/map", "pm")).get("sections")) {
            if (s.get("section").asText().equals(section)) {
                for (JsonNode item : s.get("items")) {
                    if (item.get("id").asLong() == id) {
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("item " + id + " is not under " + section);
    }
}
