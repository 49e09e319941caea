package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Map;
import org.junit.Test;

/** Bulk re-confirmation (issue 16): one note for all, or a note for each piece. */
public class ReconfirmationNotesTest {

    @Test
    public void oneNoteForAllGoesOnEveryPiece() {
        assertEquals("Heard again this week", Reconfirmation.noteFor(12, " Heard again this week ", Map.of()));
        assertNull("no note at all", Reconfirmation.noteFor(12, "  ", Map.of()));
        assertNull(Reconfirmation.noteFor(12, null, Map.of()));
    }

    @Test
    public void aPieceWithItsOwnNoteGetsItAndTheOthersTheNoteForAll() {
        Map<Long, String> each = new java.util.HashMap<>(Map.of(12L, "Two clients said so", 14L, " "));
        assertEquals("Two clients said so", Reconfirmation.noteFor(12, "For all", each));
        assertNull("its own blank note: none, not the note for all", Reconfirmation.noteFor(14, "For all", each));
        assertEquals("For all", Reconfirmation.noteFor(15, "For all", each));
        each.put(16L, null);
        assertNull(Reconfirmation.noteFor(16, "For all", each));
    }
}
