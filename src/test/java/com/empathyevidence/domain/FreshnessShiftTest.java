package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;

import com.empathyevidence.domain.FreshnessShift.Change;
import com.empathyevidence.domain.FreshnessShift.Window;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** What a change of shelf lives or aging threshold does, window by window, checked against {@link FreshnessRule}. */
public class FreshnessShiftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final FreshnessPolicy DEFAULTS = FreshnessPolicy.defaults();

    @Test
    public void shorteningAShelfLifeTurnsTheDatesBetweenTheOldAndTheNewLimitStaleAndMovesAgingEarlier() {
        FreshnessPolicy after = DEFAULTS.withShelfLife(SourceKind.INTERVIEW, 300);
        List<Window> windows = FreshnessShift.windows(DEFAULTS, after, TODAY);
        // aging was from day 274 (75 % of 365 = 273.75), now from day 225 (75 % of 300): ages 225..273 turn aging;
        // ages 301..365 were aging and turn stale
        assertEquals(List.of(
                new Window(null, SourceKind.INTERVIEW, TODAY.minusDays(273), TODAY.minusDays(224), Change.TURN_AGING),
                new Window(null, SourceKind.INTERVIEW, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 4), Change.TURN_STALE)), windows);
        // the rule agrees with FreshnessRule at both ends of each window
        for (LocalDate d : List.of(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 2, 3))) {
            assertEquals(Freshness.AGING, freshness(d, DEFAULTS));
            assertEquals(Freshness.STALE, freshness(d, after));
        }
        for (LocalDate d : List.of(TODAY.minusDays(273), TODAY.minusDays(225))) {
            assertEquals(Freshness.FRESH, freshness(d, DEFAULTS));
            assertEquals(Freshness.AGING, freshness(d, after));
        }
        // just outside: already stale before, or not stale after; fresh after, or aging before too
        assertEquals(Freshness.STALE, freshness(LocalDate.of(2025, 11, 30), DEFAULTS));
        assertEquals(Freshness.AGING, freshness(LocalDate.of(2026, 2, 4), after));
        assertEquals(Freshness.FRESH, freshness(TODAY.minusDays(224), after));
        assertEquals(Freshness.AGING, freshness(TODAY.minusDays(274), DEFAULTS));
    }

    @Test
    public void lengtheningMakesStaleEvidenceFreshAgainAndTheEffectAddsTheCountsByChange() {
        FreshnessPolicy after = DEFAULTS.withShelfLife(SourceKind.USABILITY_TEST, 200).withShelfLife(SourceKind.SURVEY, 100)
                .withShelfLife(SourceKind.SALES_CALL, 90);
        List<Window> windows = FreshnessShift.windows(DEFAULTS, after, TODAY);
        assertEquals(List.of(
                // usability test 120 → 200: ages 90..120 were aging, now fresh (aging from 150); 121..200 no longer stale
                new Window(null, SourceKind.USABILITY_TEST, TODAY.minusDays(120), TODAY.minusDays(89), Change.BACK_TO_FRESH),
                new Window(null, SourceKind.USABILITY_TEST, TODAY.minusDays(200), TODAY.minusDays(120), Change.TURN_FRESH),
                // sales call 180 → 90: aging from day 68 (67.5 rounded up): 68..90 turn aging, 91..180 turn stale
                new Window(null, SourceKind.SALES_CALL, TODAY.minusDays(90), TODAY.minusDays(67), Change.TURN_AGING),
                new Window(null, SourceKind.SALES_CALL, TODAY.minusDays(180), TODAY.minusDays(90), Change.TURN_STALE),
                // survey 365 → 100: 75..100 turn aging, 101..365 turn stale
                new Window(null, SourceKind.SURVEY, TODAY.minusDays(100), TODAY.minusDays(74), Change.TURN_AGING),
                new Window(null, SourceKind.SURVEY, TODAY.minusDays(365), TODAY.minusDays(100), Change.TURN_STALE)), windows);
        FreshnessShift.Effect effect = FreshnessShift.effect(windows, w -> switch (w.kind()) {
            case USABILITY_TEST -> w.change() == Change.TURN_FRESH ? 3 : 5;
            case SURVEY -> w.change() == Change.TURN_STALE ? 10 : 1;
            case SALES_CALL -> w.change() == Change.TURN_STALE ? 4 : 2;
            default -> throw new AssertionError(w);
        });
        assertEquals(new FreshnessShift.Effect(14, 3, 3, 5), effect);
        assertEquals(List.of(), FreshnessShift.windows(DEFAULTS, DEFAULTS, TODAY));
    }

    @Test
    public void aLowerAgingThresholdTurnsFreshEvidenceAgingAndNothingStale() {
        FreshnessPolicy after = DEFAULTS.withAgingFromPercent(50);
        List<Window> windows = FreshnessShift.windows(DEFAULTS, after, TODAY);
        assertEquals(SourceKind.values().length, windows.size());
        windows.forEach(w -> assertEquals(Change.TURN_AGING, w.change()));
        // interview, 365 days: aging from day 274 before, from day 183 (182.5 rounded up) after
        Window interview = windows.stream().filter(w -> w.kind() == SourceKind.INTERVIEW).findFirst().orElseThrow();
        assertEquals(new Window(null, SourceKind.INTERVIEW, TODAY.minusDays(273), TODAY.minusDays(182), Change.TURN_AGING), interview);
        assertEquals(Freshness.FRESH, freshness(TODAY.minusDays(182), after));
        assertEquals(Freshness.AGING, freshness(TODAY.minusDays(183), after));
        assertEquals(Freshness.FRESH, freshness(TODAY.minusDays(273), DEFAULTS));
        FreshnessShift.Effect effect = FreshnessShift.effect(windows, w -> w.kind() == SourceKind.INTERVIEW ? 3 : 0);
        assertEquals(new FreshnessShift.Effect(0, 0, 3, 0), effect);
    }

    @Test
    public void aHigherAgingThresholdMakesAgingEvidenceFreshAgain() {
        FreshnessPolicy after = DEFAULTS.withAgingFromPercent(90);
        Window interview = FreshnessShift.windows(DEFAULTS, after, TODAY).stream()
                .filter(w -> w.kind() == SourceKind.INTERVIEW).findFirst().orElseThrow();
        // 90 % of 365 = 328.5: aging from day 329, so ages 274..328 are fresh again
        assertEquals(new Window(null, SourceKind.INTERVIEW, TODAY.minusDays(328), TODAY.minusDays(273), Change.BACK_TO_FRESH), interview);
        assertEquals(Freshness.FRESH, freshness(TODAY.minusDays(328), after));
        assertEquals(Freshness.AGING, freshness(TODAY.minusDays(329), after));
    }

    @Test
    public void aGlobalChangeCountsEachProjectWithAPolicyOfItsOwnByItsOwn() {
        // DEMO keeps its own 90 %; BILL has its own interview shelf life (200 days) but follows the global aging threshold
        FreshnessPolicies before = new FreshnessPolicies(Map.of(), Map.of("BILL", Map.of(SourceKind.INTERVIEW, 200)),
                null, Map.of("DEMO", 90));
        FreshnessPolicies after = before.changed(null, Map.of(), new FreshnessPolicies.AgingChange(50));
        List<Window> windows = FreshnessShift.windows(before, after, null, TODAY);
        assertEquals("DEMO's own threshold is not changed", 0, windows.stream().filter(w -> "DEMO".equals(w.projectKey())).count());
        Window bill = windows.stream().filter(w -> "BILL".equals(w.projectKey()) && w.kind() == SourceKind.INTERVIEW).findFirst().orElseThrow();
        // BILL's interviews: aging from day 150 (75 % of 200) before, day 100 after
        assertEquals(new Window("BILL", SourceKind.INTERVIEW, TODAY.minusDays(149), TODAY.minusDays(99), Change.TURN_AGING), bill);
        Window others = windows.stream().filter(w -> w.projectKey() == null && w.kind() == SourceKind.INTERVIEW).findFirst().orElseThrow();
        assertEquals(new Window(null, SourceKind.INTERVIEW, TODAY.minusDays(273), TODAY.minusDays(182), Change.TURN_AGING), others);
        // a project's change counts that project only
        List<Window> demo = FreshnessShift.windows(before, before.changed("DEMO", Map.of(), new FreshnessPolicies.AgingChange(null)), "DEMO", TODAY);
        demo.forEach(w -> assertEquals("DEMO", w.projectKey()));
        demo.forEach(w -> assertEquals("90 % back to 75 %: aging earlier", Change.TURN_AGING, w.change()));
    }

    private static Freshness freshness(LocalDate observed, FreshnessPolicy policy) {
        return FreshnessRule.assess(observed, null, SourceKind.INTERVIEW, policy, TODAY).freshness();
    }
}
