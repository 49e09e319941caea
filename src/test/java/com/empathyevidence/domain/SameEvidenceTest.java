package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** When an import takes a row for evidence already stored: the same text, participant, source and observed date. */
public class SameEvidenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static NewEvidence piece(String text, String alias, Source source, LocalDate on, String project, List<String> tags) {
        return new NewEvidence(text, EvidenceKind.QUOTE, Section.PAINS, source, alias, null, null, project, on, "pm", tags);
    }

    private static final Source CALL = new Source(SourceKind.INTERVIEW, "Round 1", "https://example.com/call", 42);

    @Test
    public void textIsComparedExactlyAfterTheStripEveryWriteDoes() {
        SameEvidence one = SameEvidence.of(piece("Re-keys every invoice", "P-1", CALL, DAY, "DEMO", List.of()));
        assertEquals(one, SameEvidence.of(piece("  Re-keys every invoice \n", " P-1 ", CALL, DAY, "DEMO", List.of())));
        assertNotEquals("no case folding", one, SameEvidence.of(piece("re-keys every invoice", "P-1", CALL, DAY, "DEMO", List.of())));
        assertNotEquals("inner white space counts", one, SameEvidence.of(piece("Re-keys  every invoice", "P-1", CALL, DAY, "DEMO", List.of())));
    }

    @Test
    public void participantSourceAndDateCountButNotWhereThePieceIsFiled() {
        SameEvidence one = SameEvidence.of(piece("Too slow", "P-1", CALL, DAY, "DEMO", List.of("a")));
        assertEquals("project and tags are not compared", one, SameEvidence.of(piece("Too slow", "P-1", CALL, DAY, "BILL", List.of("b"))));
        assertNotEquals(one, SameEvidence.of(piece("Too slow", "P-2", CALL, DAY, "DEMO", List.of())));
        assertNotEquals(one, SameEvidence.of(piece("Too slow", null, CALL, DAY, "DEMO", List.of())));
        assertNotEquals(one, SameEvidence.of(piece("Too slow", "P-1", CALL, DAY.plusDays(1), "DEMO", List.of())));
        assertNotEquals("another moment of the recording", one,
                SameEvidence.of(piece("Too slow", "P-1", new Source(SourceKind.INTERVIEW, "Round 1", "https://example.com/call", 43), DAY, "DEMO", List.of())));
        assertNotEquals(one, SameEvidence.of(piece("Too slow", "P-1", new Source(SourceKind.SURVEY, "Round 1", "https://example.com/call", 42), DAY, "DEMO", List.of())));
        assertNotEquals(one, SameEvidence.of(piece("Too slow", "P-1", new Source(SourceKind.INTERVIEW, "Round 2", "https://example.com/call", 42), DAY, "DEMO", List.of())));
        assertEquals("no title and an empty title are the same", SameEvidence.of(piece("x", null, new Source(SourceKind.OTHER, null, null, null), DAY, "DEMO", List.of())),
                new SameEvidence("x", "", SourceKind.OTHER, "", " ", null, DAY));
    }
}
