package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.TODAY;
import static com.empathyevidence.domain.Fixtures.participant;
import static com.empathyevidence.domain.Fixtures.piece;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/**
 * A map group computed on one day and brought to a later one ({@link MapGroup#on}) equals the group computed from
 * the same pieces on that later day ({@link MapGroup#build}, {@link MapGroupFacts#of}), over random pieces (past and
 * future observed dates, re-confirmations, retired ones, several projects, random links and primaries) and random
 * policies (global and per-project shelf lives and aging thresholds).
 */
public class MapGroupRollForwardTest {

    private static final String[] PROJECTS = {null, "ALPHA", "BETA", "GAMMA"};
    private static final String[] ISSUES = {"ALPHA-1", "ALPHA-2", "BETA-7"};
    private static final int[] DAYS = {0, 1, 2, 7, 45, 200, 365, 400, 1000, 4000};

    @Test
    public void aGroupBroughtToALaterDayIsTheGroupComputedThatDay() {
        Random random = new Random(20261202);
        Participant[] people = {participant(1, "P-001", "SMB"), participant(2, "P-002", "Enterprise"), participant(3, "P-003", null)};
        SourceKind[] kinds = SourceKind.values();
        int turnsSeen = 0;
        for (int round = 0; round < 300; round++) {
            FreshnessPolicies policies = randomPolicies(random);
            List<Evidence> pieces = new ArrayList<>();
            List<MapGroupFacts.Listed> places = new ArrayList<>();
            List<Boolean> primary = new ArrayList<>();
            List<List<String>> links = new ArrayList<>();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                Fixtures.Builder p = piece().kind(kinds[random.nextInt(kinds.length)])
                        .observedOn(TODAY.plusDays(random.nextInt(20) == 0 ? random.nextInt(60) : -random.nextInt(900)))
                        .project(PROJECTS[random.nextInt(PROJECTS.length)]);
                if (random.nextInt(4) == 0) {
                    p.reconfirmedDaysAgo(random.nextInt(200) - 20);
                }
                if (random.nextInt(4) > 0) {
                    p.by(people[random.nextInt(people.length)]);
                }
                if (random.nextInt(10) == 0) {
                    p.retired();
                }
                Evidence e = p.build();
                pieces.add(e);
                places.add(new MapGroupFacts.Listed(e.id(), e.observedOn(), k));
                primary.add(random.nextInt(3) > 0);
                List<String> keys = new ArrayList<>();
                for (String issue : ISSUES) {
                    if (random.nextInt(3) == 0) {
                        keys.add(issue);
                    }
                }
                links.add(keys);
            }
            MapGroup computed = group(pieces, places, primary, links, policies, TODAY);
            MapGroup previous = computed;
            for (int days : DAYS) {
                LocalDate later = TODAY.plusDays(days + round % 5);
                MapGroup expected = group(pieces, places, primary, links, policies, later);
                assertEquals("round " + round + ", " + later, expected, computed.on(later));
                assertEquals("round " + round + ", " + later + ", step by step", expected, previous.on(later));
                previous = previous.on(later);
            }
            for (MapGroup.Part p : computed.parts()) {
                turnsSeen += p.all().freshness().turns().size();
            }
        }
        assertTrue("the pieces turn on many days: " + turnsSeen, turnsSeen > 1000);
    }

    @Test
    public void theFactsOnALaterDayAreTheFactsOfThePiecesAssessedThatDay() {
        Random random = new Random(7);
        SourceKind[] kinds = SourceKind.values();
        for (int round = 0; round < 200; round++) {
            FreshnessPolicy policy = randomPolicies(random).forProject("ALPHA");
            List<Evidence> pieces = new ArrayList<>();
            for (int k = random.nextInt(40); k > 0; k--) {
                pieces.add(piece().kind(kinds[random.nextInt(kinds.length)]).daysAgo(random.nextInt(900) - 30).build());
            }
            MapGroupFacts facts = facts(pieces, policy, TODAY);
            for (int days : DAYS) {
                LocalDate later = TODAY.plusDays(days);
                MapGroupFacts expected = facts(pieces, policy, later);
                MapGroupFacts moved = facts.on(later);
                assertEquals("round " + round + ", " + later, expected, moved);
                assertEquals(expected.weightTenths(), moved.weightTenths());
                assertEquals(expected.best(), moved.best());
            }
        }
    }

    @Test
    public void aGroupIsNotBroughtBackInTime() {
        MapGroup g = group(List.of(piece().daysAgo(10).build()), List.of(new MapGroupFacts.Listed(1, TODAY, 1)), List.of(true),
                List.of(List.of()), FreshnessPolicies.defaults(), TODAY);
        assertTrue(g.validOn(TODAY.plusDays(3000)));
        assertEquals(false, g.validOn(TODAY.minusDays(1)));
        assertNotEquals(g, g.on(TODAY.plusDays(1)));
        try {
            g.on(TODAY.minusDays(1));
            throw new AssertionError("brought back");
        } catch (IllegalArgumentException expected) {
            // as it should
        }
    }

    private static MapGroupFacts facts(List<Evidence> pieces, FreshnessPolicy policy, LocalDate day) {
        List<AssessedEvidence> assessed = pieces.stream().map(e -> new AssessedEvidence(e, e.freshness(policy, day), null)).toList();
        return MapGroupFacts.of(assessed, a -> new MapGroupFacts.Listed(a.evidence().id(), a.freshness().basisDate(), a.evidence().id()));
    }

    private static MapGroup group(List<Evidence> pieces, List<MapGroupFacts.Listed> places, List<Boolean> primary,
                                  List<List<String>> links, FreshnessPolicies policies, LocalDate day) {
        List<MapGroup.Piece> in = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Evidence e = pieces.get(k);
            AssessedEvidence a = new AssessedEvidence(e, e.freshness(policies.forProject(e.projectKey()), day), null);
            in.add(new MapGroup.Piece(a, places.get(k), primary.get(k), links.get(k)));
        }
        return MapGroup.build("ACCOUNTANT", 5, null, in, day);
    }

    /** Random global and per-project shelf lives and aging thresholds, within what an admin may set. */
    private static FreshnessPolicies randomPolicies(Random random) {
        FreshnessPolicies policies = FreshnessPolicies.defaults();
        for (String project : PROJECTS) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            Map<SourceKind, Integer> shelfLives = new EnumMap<>(SourceKind.class);
            for (SourceKind kind : SourceKind.values()) {
                if (random.nextBoolean()) {
                    shelfLives.put(kind, random.nextInt(10) == 0 ? Limits.SHELF_LIFE_MIN_DAYS
                            : Limits.SHELF_LIFE_MIN_DAYS + random.nextInt(700));
                }
            }
            Integer aging = random.nextBoolean() ? null
                    : Limits.AGING_MIN_PERCENT + random.nextInt(Limits.AGING_MAX_PERCENT - Limits.AGING_MIN_PERCENT + 1);
            policies = policies.changed(project, shelfLives, aging == null ? null : new FreshnessPolicies.AgingChange(aging));
        }
        return policies;
    }
}
