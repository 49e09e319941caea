package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

public class FreshnessShiftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    public void shorteningAShelfLifeTurnsTheDatesBetweenTheOldAndTheNewLimitStale() {
        List<FreshnessShift.Window> windows = FreshnessShift.windows(FreshnessPolicy.defaults(),
                FreshnessPolicy.defaults().withShelfLife(SourceKind.INTERVIEW, 300), TODAY);
        assertEquals(List.of(new FreshnessShift.Window(SourceKind.INTERVIEW, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 4), true)), windows);
        // the rule agrees with FreshnessRule at both ends of the window
        FreshnessPolicy after = FreshnessPolicy.defaults().withShelfLife(SourceKind.INTERVIEW, 300);
        for (LocalDate d : List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 3))) {
            assertEquals(Freshness.AGING, FreshnessRule.assess(d, null, SourceKind.INTERVIEW, FreshnessPolicy.defaults(), TODAY).freshness());
            assertEquals(Freshness.STALE, FreshnessRule.assess(d, null, SourceKind.INTERVIEW, after, TODAY).freshness());
        }
        // just outside: already stale before, or not stale after
        assertEquals(Freshness.STALE, FreshnessRule.assess(LocalDate.of(2025, 11, 30), null, SourceKind.INTERVIEW, FreshnessPolicy.defaults(), TODAY).freshness());
        assertEquals(Freshness.AGING, FreshnessRule.assess(LocalDate.of(2026, 2, 4), null, SourceKind.INTERVIEW, after, TODAY).freshness());
    }

    @Test
    public void lengtheningMakesStaleEvidenceFreshAgainAndTheEffectAddsTheCounts() {
        FreshnessPolicy before = FreshnessPolicy.defaults();
        FreshnessPolicy after = before.withShelfLife(SourceKind.USABILITY_TEST, 200).withShelfLife(SourceKind.SURVEY, 100)
                .withShelfLife(SourceKind.SALES_CALL, 90);
        List<FreshnessShift.Window> windows = FreshnessShift.windows(before, after, TODAY);
        assertEquals(3, windows.size());
        assertEquals(new FreshnessShift.Window(SourceKind.USABILITY_TEST, TODAY.minusDays(200), TODAY.minusDays(120), false), windows.get(0));
        FreshnessShift.Effect effect = FreshnessShift.effect(windows, w -> switch (w.kind()) {
            case USABILITY_TEST -> 3;
            case SURVEY -> 10;
            case SALES_CALL -> 4;
            default -> throw new AssertionError(w);
        });
        assertEquals(new FreshnessShift.Effect(14, 3), effect);
        assertEquals(List.of(), FreshnessShift.windows(before, before, TODAY));
    }
}
