package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** What closes a re-confirmation request: the first re-confirmation after it, or retiring the piece. */
public class ReconfirmationRequestTest {

    private static final Instant ASKED = Instant.parse("2026-11-10T09:00:00Z");
    private static final ReconfirmationRequest REQUEST = new ReconfirmationRequest(1, 7, "Is this still true after the redesign?", "viewer", ASKED);

    private static Reconfirmation confirmed(String by, String at) {
        return new Reconfirmation(1, 7, LocalDate.of(2026, 11, 12), null, by, Instant.parse(at));
    }

    @Test
    public void openWhileNothingHappenedAfterIt() {
        assertNull(REQUEST.closure(List.of(), null, null));
        assertNull("a re-confirmation before the request does not answer it",
                REQUEST.closure(List.of(confirmed("pm", "2026-11-09T17:00:00Z")), null, null));
    }

    @Test
    public void theFirstReconfirmationAfterItClosesIt() {
        ReconfirmationRequest.Closure c = REQUEST.closure(List.of(confirmed("admin", "2026-11-14T08:00:00Z"),
                confirmed("pm", "2026-11-12T10:30:00Z"), confirmed("pm", "2026-11-01T10:30:00Z")), null, null);
        assertEquals("pm", c.by());
        assertEquals(Instant.parse("2026-11-12T10:30:00Z"), c.at());
        assertFalse(c.retired());
    }

    @Test
    public void retiringThePieceClosesIt() {
        ReconfirmationRequest.Closure c = REQUEST.closure(List.of(), "admin", Instant.parse("2026-11-11T12:00:00Z"));
        assertEquals("admin", c.by());
        assertTrue(c.retired());
        ReconfirmationRequest.Closure earlier = REQUEST.closure(List.of(confirmed("pm", "2026-11-10T10:00:00Z")), "admin",
                Instant.parse("2026-11-11T12:00:00Z"));
        assertEquals("re-confirmed before it was retired", "pm", earlier.by());
        assertFalse(earlier.retired());
    }
}
