package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.DEFAULTS;
import static com.empathyevidence.domain.Fixtures.TODAY;
import static com.empathyevidence.domain.Fixtures.participant;
import static com.empathyevidence.domain.Fixtures.piece;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * The facts of a map group, worked examples. Today is {@link Fixtures#TODAY} (2025-06-15); interviews have a shelf life
 * of 365 days (aging from 75 %, day 274), usage analytics 90 days.
 */
public class MapGroupFactsTest {

    private static final Participant P1 = participant(1, "P-001", "SMB");
    private static final Participant P2 = participant(2, "P-002", "Enterprise");

    private static MapGroupFacts of(List<AssessedEvidence> pieces) {
        return MapGroupFacts.of(pieces, a -> new MapGroupFacts.Listed(a.evidence().id(), a.freshness().basisDate(), a.evidence().id()));
    }

    @Test
    public void threePiecesTwoParticipantsOneRetired() {
        AssessedEvidence fresh = piece().by(P1).daysAgo(10).backing();                                     // FRESH
        AssessedEvidence aging = piece().by(P2).daysAgo(300).backing();                                    // 300 ≥ 273.75: AGING
        AssessedEvidence stale = piece().observation().kind(SourceKind.USAGE_ANALYTICS).daysAgo(100).backing(); // 100 > 90: STALE
        AssessedEvidence retired = piece().by(P1).daysAgo(1).retired().backing();                          // never counted
        MapGroupFacts f = of(List.of(fresh, aging, stale, retired));
        assertEquals(3, f.count());
        assertEquals(1, f.fresh());
        assertEquals(1, f.aging());
        assertEquals(1, f.stale());
        assertEquals(TODAY.minusDays(300), f.earliestObserved());
        assertEquals(TODAY.minusDays(10), f.latestObserved());
        assertEquals(TODAY.minusDays(10), f.freshestBasis());
        assertEquals(Freshness.FRESH, f.best());
        assertEquals("P-001 and P-002", 2, f.participants().cardinality());
        assertEquals(1, f.unattributed());
        assertEquals(Set.of("SMB", "Enterprise"), f.segments());
        assertEquals(10 + 5 + 1, f.weightTenths());
        // listed by basis date, latest first (10, 100, 300 days ago), the retired piece not at all
        assertEquals(List.of(fresh.evidence().id(), stale.evidence().id(), aging.evidence().id()), f.listedIds(10));
        // the roll-up is RollupRule's, the confidence ConfidenceRule's, for the same pieces
        List<AssessedEvidence> all = List.of(fresh, aging, stale, retired);
        assertEquals(RollupRule.rollup(all, 2), f.rollup(2));
        assertEquals(ConfidenceRule.gradeBacking(List.of(fresh, aging, stale), "ACCOUNTANT"), f.confidence());
    }

    @Test
    public void noPiecesNoFactsAndNoConfidence() {
        MapGroupFacts f = of(List.of(piece().retired().backing()));
        assertEquals(MapGroupFacts.NONE, f);
        assertNull(f.confidence());
        assertNull(f.overall());
        assertTrue(f.rollup(0).assumption());
        assertFalse("backed only by what the reader may not see: no assumption", f.rollup(1).assumption());
    }

    @Test
    public void mergingTheFactsOfDisjointPiecesGivesTheFactsOfTheirUnion() {
        Random random = new Random(17);
        Participant[] people = {P1, P2, participant(3, "P-003", null), participant(4, "P-004", " ")};
        SourceKind[] kinds = SourceKind.values();
        for (int round = 0; round < 200; round++) {
            List<AssessedEvidence> a = new ArrayList<>();
            List<AssessedEvidence> b = new ArrayList<>();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                Fixtures.Builder p = piece().kind(kinds[random.nextInt(kinds.length)]).daysAgo(random.nextInt(800));
                if (random.nextInt(4) > 0) {
                    p.by(people[random.nextInt(people.length)]);
                }
                if (random.nextInt(8) == 0) {
                    p.retired();
                }
                (random.nextBoolean() ? a : b).add(p.backing());
            }
            List<AssessedEvidence> union = new ArrayList<>(a);
            union.addAll(b);
            MapGroupFacts merged = MapGroupFacts.merge(List.of(of(a), of(b)));
            assertEquals("round " + round, of(union), merged);
            assertEquals(RollupRule.rollup(union, 0), merged.rollup(0));
            List<AssessedEvidence> active = union.stream().filter(x -> x.evidence().isActive()).toList();
            assertEquals(active.isEmpty() ? null : ConfidenceRule.gradeBacking(active, "ACCOUNTANT"), merged.confidence());
        }
    }

    @Test
    public void anItemListsItsBackingFreshestFirstTiesInBackingOrder() {
        MapGroupFacts.Listed first = new MapGroupFacts.Listed(7, LocalDate.of(2025, 6, 1), 3);
        MapGroupFacts.Listed tieLater = new MapGroupFacts.Listed(5, LocalDate.of(2025, 6, 1), 9);
        MapGroupFacts.Listed older = new MapGroupFacts.Listed(9, LocalDate.of(2025, 5, 1), 1);
        List<MapGroupFacts.Listed> listed = new ArrayList<>(List.of(older, tieLater, first));
        listed.sort(MapGroupFacts.Listed.ORDER);
        assertEquals(List.of(first, tieLater, older), listed);
    }

    @Test
    public void aPieceTurnsAgingThenStaleOnTheDaysItsFactsKeep() {
        // an interview observed 100 days ago: FRESH, aging from day 274 (273.75 rounded up), stale from day 366
        AssessedEvidence a = piece().daysAgo(100).backing();
        MapGroupFacts f = of(List.of(a));
        LocalDate agingOn = TODAY.plusDays(174);
        LocalDate staleOn = TODAY.plusDays(266);
        assertEquals(List.of(new FreshnessTally.Turn(agingOn, 1, 0), new FreshnessTally.Turn(staleOn, 0, 1)), f.freshness().turns());
        assertEquals(Freshness.AGING, a.evidence().freshness(DEFAULTS, agingOn).freshness());
        assertEquals(Freshness.FRESH, a.evidence().freshness(DEFAULTS, agingOn.minusDays(1)).freshness());
        assertEquals(Freshness.STALE, a.evidence().freshness(DEFAULTS, staleOn).freshness());
        assertEquals(Freshness.AGING, a.evidence().freshness(DEFAULTS, staleOn.minusDays(1)).freshness());
        assertEquals(1, f.on(agingOn.minusDays(1)).fresh());
        MapGroupFacts aging = f.on(agingOn);
        assertEquals(1, aging.aging());
        assertEquals(5, aging.weightTenths());
        assertEquals(Freshness.AGING, aging.best());
        assertEquals(List.of(new FreshnessTally.Turn(staleOn, 0, 1)), aging.freshness().turns());
        MapGroupFacts stale = f.on(staleOn.plusDays(1000));
        assertEquals(1, stale.stale());
        assertEquals(List.of(), stale.freshness().turns());
        // a stale piece has no turns left
        assertEquals(List.of(), of(List.of(piece().daysAgo(400).backing())).freshness().turns());
    }
}
