package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many pieces are FRESH, AGING and STALE on one day, and on which later days how many of them turn aging and turn
 * stale: enough to count them on any later day without reading the pieces ({@link #on}). Under fixed policies a
 * piece's freshness only moves forward, FRESH to AGING to STALE ({@link FreshnessRule}), once each, so the turns are
 * at most two per piece and, per day, summed: their number is bounded by the days of the shelf lives, not by the pieces.
 * Tallies of disjoint pieces on the same day add up ({@link Builder#add(FreshnessTally)}).
 *
 * <p>Worked example (interviews: shelf life 365 days, aging from day 274): on 2025-06-15 a piece observed 100 days
 * before is FRESH and turns aging on 2025-12-14 (day 274) and stale on 2026-06-15 (day 366): the tally is 1 fresh,
 * turns [2025-12-14: 1 to aging; 2026-06-15: 1 to stale]; on 2026-01-01 it is 1 aging with one turn left.
 *
 * @param turns sorted by day, each day once, every day after the day the counts are for
 */
public record FreshnessTally(int fresh, int aging, int stale, List<Turn> turns) {

    public static final FreshnessTally NONE = new FreshnessTally(0, 0, 0, List.of());

    public FreshnessTally {
        turns = Collections.unmodifiableList(turns); // a view: built once, never changed
    }

    /**
     * On {@code day}, {@code toAging} fresh pieces turn aging, then {@code toStale} aging ones turn stale (a piece
     * that would skip aging turns both on one day).
     */
    public record Turn(LocalDate day, int toAging, int toStale) {
    }

    /** Active pieces counted. */
    public int count() {
        return fresh + aging + stale;
    }

    /** How many of this freshness. */
    public int count(Freshness f) {
        return switch (f) {
            case FRESH -> fresh;
            case AGING -> aging;
            case STALE -> stale;
        };
    }

    /** The best freshness of any piece; null without pieces. */
    public Freshness best() {
        return fresh > 0 ? Freshness.FRESH : aging > 0 ? Freshness.AGING : stale > 0 ? Freshness.STALE : null;
    }

    /** Sum of {@link IssueTallies#weightTenths} of every piece's freshness. */
    public long weightTenths() {
        long sum = 0;
        for (Freshness f : Freshness.values()) {
            sum += (long) count(f) * IssueTallies.weightTenths(f);
        }
        return sum;
    }

    /** The tally on {@code day} (not before the day it is for): the turns up to that day applied, the later ones kept. */
    public FreshnessTally on(LocalDate day) {
        int applied = 0;
        int f = fresh;
        int a = aging;
        int s = stale;
        while (applied < turns.size() && !turns.get(applied).day().isAfter(day)) {
            Turn t = turns.get(applied++);
            f -= t.toAging();
            a += t.toAging() - t.toStale();
            s += t.toStale();
        }
        return applied == 0 ? this : new FreshnessTally(f, a, s, new ArrayList<>(turns.subList(applied, turns.size())));
    }

    /** Sums tallies on one day: of pieces ({@link #add(FreshnessAssessment)}) and of other tallies. */
    public static final class Builder {
        private final int[] counts = new int[3];
        private final Map<LocalDate, int[]> turns = new TreeMap<>();

        /** One piece, as assessed on the tally's day. */
        public Builder add(FreshnessAssessment a) {
            counts[a.freshness().ordinal()]++;
            if (a.freshness() == Freshness.FRESH) {
                turn(a.agingFrom(), 1, 0);
            }
            if (a.freshness() != Freshness.STALE) {
                turn(a.staleFrom(), 0, 1);
            }
            return this;
        }

        public Builder add(FreshnessTally t) {
            counts[0] += t.fresh;
            counts[1] += t.aging;
            counts[2] += t.stale;
            t.turns.forEach(turn -> turn(turn.day(), turn.toAging(), turn.toStale()));
            return this;
        }

        private void turn(LocalDate day, int toAging, int toStale) {
            int[] n = turns.computeIfAbsent(day, d -> new int[2]);
            n[0] += toAging;
            n[1] += toStale;
        }

        public FreshnessTally build() {
            if (counts[0] + counts[1] + counts[2] == 0) {
                return NONE;
            }
            List<Turn> list = new ArrayList<>(turns.size());
            turns.forEach((day, n) -> list.add(new Turn(day, n[0], n[1])));
            return new FreshnessTally(counts[0], counts[1], counts[2], list);
        }
    }
}
