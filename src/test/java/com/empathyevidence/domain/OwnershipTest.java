package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import org.junit.Test;

/** The ownership rule's worked examples: who owns a piece, and the day to review it by. */
public class OwnershipTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    public void whoRecordedAPieceOwnsItUntilSomeoneIsNamed() {
        assertEquals("pm", Ownership.ownerOf((String) null, "pm"));
        assertEquals("pm", Ownership.ownerOf("  ", "pm"));
        assertEquals("admin", Ownership.ownerOf("admin", "pm"));
        assertNull(Ownership.ownerOf((String) null, null));
    }

    @Test
    public void reviewByIsTheFirstStaleDay() {
        // An interview observed on 3 Mar 2026 (shelf life 365 days): last non-stale day 3 Mar 2027, review by 4 Mar 2027.
        FreshnessAssessment f = FreshnessRule.assess(LocalDate.of(2026, 3, 3), null, SourceKind.INTERVIEW, FreshnessPolicy.defaults(), TODAY);
        assertEquals(LocalDate.of(2027, 3, 3), f.staleAfter());
        assertEquals(LocalDate.of(2027, 3, 4), Ownership.reviewBy(f));
        assertEquals(Freshness.STALE, FreshnessRule.assess(LocalDate.of(2026, 3, 3), null, SourceKind.INTERVIEW,
                FreshnessPolicy.defaults(), Ownership.reviewBy(f)).freshness());
    }

    @Test
    public void reconfirmingMovesTheReviewDateOn() {
        // A usability test (120 days) observed 1 Jun 2026 and re-confirmed on 1 Nov 2026: review by 2 Mar 2027.
        FreshnessAssessment f = FreshnessRule.assess(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 1), SourceKind.USABILITY_TEST,
                FreshnessPolicy.defaults(), TODAY);
        assertEquals(LocalDate.of(2027, 3, 2), Ownership.reviewBy(f));
    }
}
