package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.Test;

/**
 * Bulk re-confirmation with a note for each piece (issue 16) over HTTP ({@code POST /library/bulk} with
 * {@code notes}): each piece gets its own note, the others the note for all, in one transaction; notes for pieces not
 * selected, or a piece noted twice, change nothing and name the field.
 */
public class BulkNotesHttpIT {

    private static long piece(String text) throws Exception {
        return Api.createEvidence("pm", Api.evidence(text)).get("id").asLong();
    }

    private static ObjectNode note(long id, String text) {
        return Api.object().put("evidenceId", id).put("note", text);
    }

    private static ObjectNode reconfirm(List<Long> ids, ObjectNode... notes) {
        ObjectNode body = Api.object().put("action", "RECONFIRM");
        ArrayNode list = body.putArray("evidenceIds");
        ids.forEach(list::add);
        ArrayNode each = body.putArray("notes");
        for (ObjectNode n : notes) {
            each.add(n);
        }
        return body;
    }

    private static List<String> notes(long id) throws Exception {
        JsonNode list = Api.ok(200, Api.get("/evidence/" + id + "/reconfirmations", "pm"));
        List<String> found = new java.util.ArrayList<>();
        list.forEach(r -> found.add(r.get("note").isNull() ? null : r.get("note").asText()));
        return found;
    }

    @Test
    public void eachPieceGetsItsOwnNoteAndThoseWithoutOneGetTheNoteForAll() throws Exception {
        String word = Api.unique("notes");
        long a = piece("Bulk notes A " + word);
        long b = piece("Bulk notes B " + word);
        long c = piece("Bulk notes C " + word);
        ObjectNode body = reconfirm(List.of(a, b, c), note(a, "Two clients said so " + word), note(b, " "));
        body.put("note", "For the rest " + word);
        JsonNode done = Api.ok(200, Api.post("/library/bulk", "pm", body));
        assertEquals(3, done.get("changedCount").asInt());
        assertEquals("Re-confirmed 3 pieces of evidence.", done.get("message").asText());
        assertEquals(List.of("Two clients said so " + word), notes(a));
        assertEquals("its own blank note: none", java.util.Collections.singletonList(null), notes(b));
        assertEquals(List.of("For the rest " + word), notes(c));
    }

    @Test
    public void notesForPiecesNotSelectedOrTwiceChangeNothing() throws Exception {
        String word = Api.unique("notes");
        long a = piece("Bulk notes D " + word);
        long other = piece("Bulk notes E " + word);
        Api.invalid(Api.post("/library/bulk", "pm", reconfirm(List.of(a), note(a, "Fine"), note(other, "Not selected"))),
                "notes", "A note was given for a piece that is not selected: " + other
                        + ". Nothing was changed; select those pieces or leave their notes out.");
        Api.invalid(Api.post("/library/bulk", "pm", reconfirm(List.of(a), note(a, "Once"), note(a, "Twice"))),
                "notes", "Piece " + a + " has two notes. Give each piece one note; nothing was changed.");
        Api.invalid(Api.post("/library/bulk", "pm", reconfirm(List.of(a), note(a, "x".repeat(1001)))),
                "notes", "Use at most 1,000 characters (this has 1,001).");
        assertEquals(List.of(), notes(a));
        assertEquals(List.of(), notes(other));
    }
}
