package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

/** The freshness rule's worked examples, at the exact boundaries. */
public class FreshnessRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final FreshnessPolicy DEFAULTS = FreshnessPolicy.defaults();

    private static FreshnessAssessment observedDaysAgo(long days, SourceKind kind) {
        return FreshnessRule.assess(TODAY.minusDays(days), null, kind, DEFAULTS, TODAY);
    }

    @Test
    public void defaultShelfLivesMatchTheBrief() {
        assertEquals(365, DEFAULTS.shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(120, DEFAULTS.shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals(90, DEFAULTS.shelfLifeDays(SourceKind.USAGE_ANALYTICS));
        assertEquals(SourceKind.values().length, DEFAULTS.asMap().size());
    }

    @Test
    public void interviewBoundaries() {
        assertEquals(Freshness.FRESH, observedDaysAgo(0, SourceKind.INTERVIEW).freshness());
        assertEquals(Freshness.FRESH, observedDaysAgo(200, SourceKind.INTERVIEW).freshness());
        assertEquals("273 < 273.75", Freshness.FRESH, observedDaysAgo(273, SourceKind.INTERVIEW).freshness());
        assertEquals("274 >= 273.75", Freshness.AGING, observedDaysAgo(274, SourceKind.INTERVIEW).freshness());
        assertEquals("last day of shelf life", Freshness.AGING, observedDaysAgo(365, SourceKind.INTERVIEW).freshness());
        assertEquals(Freshness.STALE, observedDaysAgo(366, SourceKind.INTERVIEW).freshness());
        assertEquals(Freshness.STALE, observedDaysAgo(2000, SourceKind.INTERVIEW).freshness());
    }

    @Test
    public void usabilityTestBoundaries() {
        assertEquals(Freshness.FRESH, observedDaysAgo(89, SourceKind.USABILITY_TEST).freshness());
        assertEquals("75% of 120 = 90", Freshness.AGING, observedDaysAgo(90, SourceKind.USABILITY_TEST).freshness());
        assertEquals(Freshness.AGING, observedDaysAgo(120, SourceKind.USABILITY_TEST).freshness());
        assertEquals(Freshness.STALE, observedDaysAgo(121, SourceKind.USABILITY_TEST).freshness());
    }

    @Test
    public void assessmentCarriesAgeBasisAndStaleAfter() {
        LocalDate observed = TODAY.minusDays(274);
        FreshnessAssessment a = FreshnessRule.assess(observed, null, SourceKind.INTERVIEW, DEFAULTS, TODAY);
        assertEquals(274, a.ageDays());
        assertEquals(observed, a.basisDate());
        assertFalse(a.reconfirmed());
        assertEquals(365, a.shelfLifeDays());
        assertEquals(observed.plusDays(365), a.staleAfter());
        assertEquals(365 - 274 + 1, a.daysUntilStale(TODAY));
        FreshnessAssessment lastDay = observedDaysAgo(365, SourceKind.INTERVIEW);
        assertEquals(TODAY, lastDay.staleAfter());
        assertEquals(1, lastDay.daysUntilStale(TODAY));
        assertTrue(observedDaysAgo(366, SourceKind.INTERVIEW).daysUntilStale(TODAY) <= 0);
    }

    @Test
    public void laterReconfirmationResetsAge() {
        LocalDate observed = TODAY.minusDays(500);
        LocalDate reconfirmed = TODAY.minusDays(10);
        FreshnessAssessment a = FreshnessRule.assess(observed, reconfirmed, SourceKind.INTERVIEW, DEFAULTS, TODAY);
        assertEquals(Freshness.FRESH, a.freshness());
        assertTrue(a.reconfirmed());
        assertEquals(10, a.ageDays());
        assertEquals(reconfirmed, a.basisDate());
        assertEquals(reconfirmed.plusDays(365), a.staleAfter());
    }

    @Test
    public void reconfirmationOnTheObservationDayIsNotAReconfirmation() {
        LocalDate observed = TODAY.minusDays(300);
        FreshnessAssessment a = FreshnessRule.assess(observed, observed, SourceKind.INTERVIEW, DEFAULTS, TODAY);
        assertFalse(a.reconfirmed());
        assertEquals(300, a.ageDays());
    }

    @Test
    public void reconfirmationEarlierThanObservationIsIgnored() {
        LocalDate observed = TODAY.minusDays(400);
        FreshnessAssessment a = FreshnessRule.assess(observed, observed.minusDays(30), SourceKind.INTERVIEW, DEFAULTS, TODAY);
        assertEquals(Freshness.STALE, a.freshness());
        assertFalse(a.reconfirmed());
        assertEquals(400, a.ageDays());
        assertEquals(observed, a.basisDate());
    }

    @Test
    public void futureObservationHasAgeZero() {
        FreshnessAssessment a = FreshnessRule.assess(TODAY.plusDays(5), null, SourceKind.INTERVIEW, DEFAULTS, TODAY);
        assertEquals(0, a.ageDays());
        assertEquals(Freshness.FRESH, a.freshness());
    }

    @Test
    public void theAgingThresholdMovesWhereAgingStartsAndNeverWhereStaleStarts() {
        // interview, S = 365: at 50 % aging from day 183 (182 < 182.5); at 95 % from day 347 (346 < 346.75)
        FreshnessPolicy half = DEFAULTS.withAgingFromPercent(50);
        assertEquals(Freshness.FRESH, FreshnessRule.assess(TODAY.minusDays(182), null, SourceKind.INTERVIEW, half, TODAY).freshness());
        assertEquals(Freshness.AGING, FreshnessRule.assess(TODAY.minusDays(183), null, SourceKind.INTERVIEW, half, TODAY).freshness());
        FreshnessPolicy late = DEFAULTS.withAgingFromPercent(95);
        assertEquals(Freshness.FRESH, FreshnessRule.assess(TODAY.minusDays(346), null, SourceKind.INTERVIEW, late, TODAY).freshness());
        assertEquals(Freshness.AGING, FreshnessRule.assess(TODAY.minusDays(347), null, SourceKind.INTERVIEW, late, TODAY).freshness());
        for (FreshnessPolicy p : new FreshnessPolicy[] {half, late}) {
            assertEquals(Freshness.AGING, FreshnessRule.assess(TODAY.minusDays(365), null, SourceKind.INTERVIEW, p, TODAY).freshness());
            assertEquals(Freshness.STALE, FreshnessRule.assess(TODAY.minusDays(366), null, SourceKind.INTERVIEW, p, TODAY).freshness());
        }
        // a re-confirmation counts from its date under any threshold
        assertEquals(Freshness.FRESH, FreshnessRule.assess(TODAY.minusDays(300), TODAY.minusDays(10), SourceKind.INTERVIEW, half, TODAY).freshness());
    }

    @Test
    public void perKindOverride() {
        FreshnessPolicy policy = DEFAULTS.withShelfLife(SourceKind.INTERVIEW, 100);
        assertEquals(100, policy.shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals("other kinds untouched", 120, policy.shelfLifeDays(SourceKind.USABILITY_TEST));
        assertEquals("the original policy is immutable", 365, DEFAULTS.shelfLifeDays(SourceKind.INTERVIEW));
        assertEquals(Freshness.FRESH, FreshnessRule.assess(TODAY.minusDays(74), null, SourceKind.INTERVIEW, policy, TODAY).freshness());
        assertEquals(Freshness.AGING, FreshnessRule.assess(TODAY.minusDays(75), null, SourceKind.INTERVIEW, policy, TODAY).freshness());
        assertEquals(Freshness.AGING, FreshnessRule.assess(TODAY.minusDays(100), null, SourceKind.INTERVIEW, policy, TODAY).freshness());
        assertEquals(Freshness.STALE, FreshnessRule.assess(TODAY.minusDays(101), null, SourceKind.INTERVIEW, policy, TODAY).freshness());
        assertEquals(Freshness.FRESH, FreshnessRule.assess(TODAY.minusDays(89), null, SourceKind.USABILITY_TEST, policy, TODAY).freshness());
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.withShelfLife(SourceKind.SURVEY, 0));
    }

    @Test
    public void evidenceUsesItsSourceKind() {
        Evidence e = Fixtures.piece().text("I export to Excel every Friday").kind(SourceKind.USABILITY_TEST)
                .observedOn(TODAY.minusDays(121)).build();
        assertEquals(Freshness.STALE, e.freshness(DEFAULTS, TODAY).freshness());
        assertEquals(Freshness.FRESH, e.freshness(DEFAULTS.withShelfLife(SourceKind.USABILITY_TEST, 365), TODAY).freshness());
    }

    @Test
    public void freshnessOnlyMovesForwardOnTheDaysTheAssessmentNamesFutureDatesIncluded() {
        java.util.Random random = new java.util.Random(31);
        LocalDate today = LocalDate.of(2026, 12, 2);
        for (int round = 0; round < 400; round++) {
            SourceKind kind = SourceKind.values()[random.nextInt(SourceKind.values().length)];
            FreshnessPolicy policy = FreshnessPolicy.defaults().withShelfLife(kind, Limits.SHELF_LIFE_MIN_DAYS + random.nextInt(400))
                    .withAgingFromPercent(Limits.AGING_MIN_PERCENT + random.nextInt(Limits.AGING_MAX_PERCENT - Limits.AGING_MIN_PERCENT + 1));
            LocalDate observed = today.plusDays(random.nextInt(500) - 450); // up to 50 days in the future
            LocalDate reconfirmed = random.nextBoolean() ? null : observed.plusDays(random.nextInt(120) - 20);
            FreshnessAssessment first = FreshnessRule.assess(observed, reconfirmed, kind, policy, today);
            assertTrue(first.agingFrom().isBefore(first.staleFrom()));
            Freshness previous = Freshness.FRESH;
            for (int d = -5; d < 900; d++) {
                LocalDate day = today.plusDays(d);
                FreshnessAssessment a = FreshnessRule.assess(observed, reconfirmed, kind, policy, day);
                assertEquals("the turning days do not depend on the day", first.agingFrom(), a.agingFrom());
                assertEquals(first.staleFrom(), a.staleFrom());
                Freshness expected = day.isBefore(a.agingFrom()) ? Freshness.FRESH : day.isBefore(a.staleFrom()) ? Freshness.AGING : Freshness.STALE;
                assertEquals(observed + " / " + reconfirmed + " on " + day, expected, a.freshness());
                assertTrue("never back: " + previous + " then " + a.freshness(), a.freshness().compareTo(previous) >= 0 || d == -5);
                previous = a.freshness();
            }
        }
    }
}
