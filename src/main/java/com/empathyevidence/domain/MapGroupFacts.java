package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The viewer-independent facts of some active pieces of a persona's map (one group: an item's backing, or a section's
 * unsorted pieces, of one owning project), as of one day: what the map's roll-ups, confidence, section totals and
 * summary count, and the first pieces in the order the map lists them. Facts are <b>mergeable</b>: the facts of the
 * union of disjoint sets of pieces are the {@link #merge} of their facts, so a map is drawn from the groups of the
 * projects its reader may see, whatever the number of pieces (the sets are bounded by participants, kinds and segments,
 * never by pieces). Equal, by construction, to what {@link RollupRule}, {@link IssueTallies} (for
 * {@link ConfidenceRule#gradeBacking}) and the map's summary compute from the pieces themselves; a randomised contract
 * test compares the two on H2 and PostgreSQL.
 *
 * @param count          active pieces
 * @param fresh          of them FRESH ({@code aging}, {@code stale} likewise)
 * @param earliestObserved the earliest observed date; null without pieces ({@code latestObserved} the latest)
 * @param freshestBasis  the latest basis date (observed or re-confirmed); null without pieces
 * @param best           the best freshness of any piece; null without pieces
 * @param participants   the distinct participants, by id (an alias is one participant's: counting either is the same;
 *                       a CERQual voice each)
 * @param unattributed   pieces without a participant (a voice each)
 * @param segments       distinct non-blank segments of their participants
 * @param kinds          distinct source kinds
 * @param weightTenths   sum of {@link IssueTallies#weightTenths} of their freshness
 * @param qualityTenths  sum of {@link IssueTallies#qualityTenths} of their kinds
 * @param weak           pieces of method quality at most {@link IssueTallies#WEAK_QUALITY_TENTHS}
 * @param listed         the first {@link #LISTED} pieces in the map's order ({@link Listed#ORDER})
 */
public record MapGroupFacts(int count, int fresh, int aging, int stale, LocalDate earliestObserved, LocalDate latestObserved,
                            LocalDate freshestBasis, Freshness best, BitSet participants,
                            int unattributed, Set<String> segments, Set<SourceKind> kinds, long weightTenths,
                            long qualityTenths, int weak, List<Listed> listed) {

    /** How many pieces a group keeps in order: what the macro lists per item and per section (quotes=10, unsorted=10). */
    public static final int LISTED = 10;

    public static final MapGroupFacts NONE = new MapGroupFacts(0, 0, 0, 0, null, null, null, null, new BitSet(), 0,
            Set.of(), Set.of(), 0, 0, 0, List.of());

    public MapGroupFacts {
        // views, not copies: the facts are built once (from pieces, a merge or the stored text) and never changed
        participants = (BitSet) participants.clone();
        segments = java.util.Collections.unmodifiableSet(segments);
        kinds = java.util.Collections.unmodifiableSet(kinds);
        listed = java.util.Collections.unmodifiableList(listed);
    }

    /**
     * One piece in the map's order: {@code date} descending, then {@code tie} ascending. An item lists its backing by
     * basis date, freshest first, ties in backing order (tie: the backing row's id); a section lists its unsorted pieces
     * by observed date, newest first, ties by id descending (tie: minus the id).
     */
    public record Listed(long id, LocalDate date, long tie) {
        public static final Comparator<Listed> ORDER = Comparator.comparing(Listed::date, Comparator.reverseOrder())
                .thenComparingLong(Listed::tie);
    }

    /** The facts of these active pieces (each with the place it would take in the map's list). */
    public static MapGroupFacts of(Collection<AssessedEvidence> pieces, java.util.function.Function<AssessedEvidence, Listed> place) {
        int count = 0;
        int fresh = 0;
        int aging = 0;
        int stale = 0;
        LocalDate earliest = null;
        LocalDate latest = null;
        LocalDate freshest = null;
        Freshness best = null;
        BitSet participants = new BitSet();
        int unattributed = 0;
        Set<String> segments = new HashSet<>();
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        long weight = 0;
        long quality = 0;
        int weak = 0;
        List<Listed> listed = new ArrayList<>();
        for (AssessedEvidence a : pieces) {
            Evidence e = a.evidence();
            if (!e.isActive()) {
                continue;
            }
            count++;
            Freshness f = a.freshness().freshness();
            switch (f) {
                case FRESH -> fresh++;
                case AGING -> aging++;
                case STALE -> stale++;
            }
            earliest = earliest == null || e.observedOn().isBefore(earliest) ? e.observedOn() : earliest;
            latest = latest == null || e.observedOn().isAfter(latest) ? e.observedOn() : latest;
            LocalDate basis = a.freshness().basisDate();
            freshest = freshest == null || basis.isAfter(freshest) ? basis : freshest;
            best = best == null || f.compareTo(best) < 0 ? f : best;
            if (e.participant() == null) {
                unattributed++;
            } else {
                participants.set(Math.toIntExact(e.participant().id()));
                if (e.participant().segment() != null && !e.participant().segment().isBlank()) {
                    segments.add(e.participant().segment());
                }
            }
            kinds.add(e.source().kind());
            weight += IssueTallies.weightTenths(f);
            long q = IssueTallies.qualityTenths(e.source().kind());
            quality += q;
            weak += q <= IssueTallies.WEAK_QUALITY_TENTHS ? 1 : 0;
            listed.add(place.apply(a));
        }
        listed.sort(Listed.ORDER);
        return new MapGroupFacts(count, fresh, aging, stale, earliest, latest, freshest, best, participants,
                unattributed, segments, kinds, weight, quality, weak, new ArrayList<>(listed.subList(0, Math.min(LISTED, listed.size()))));
    }

    /** The facts of the union of the (disjoint) pieces behind each of these. */
    public static MapGroupFacts merge(Collection<MapGroupFacts> parts) {
        int count = 0;
        int fresh = 0;
        int aging = 0;
        int stale = 0;
        LocalDate earliest = null;
        LocalDate latest = null;
        LocalDate freshest = null;
        Freshness best = null;
        BitSet participants = new BitSet();
        int unattributed = 0;
        Set<String> segments = new HashSet<>();
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        long weight = 0;
        long quality = 0;
        int weak = 0;
        List<Listed> listed = new ArrayList<>();
        for (MapGroupFacts p : parts) {
            if (p.count == 0) {
                continue;
            }
            count += p.count;
            fresh += p.fresh;
            aging += p.aging;
            stale += p.stale;
            earliest = earliest == null || p.earliestObserved.isBefore(earliest) ? p.earliestObserved : earliest;
            latest = latest == null || p.latestObserved.isAfter(latest) ? p.latestObserved : latest;
            freshest = freshest == null || p.freshestBasis.isAfter(freshest) ? p.freshestBasis : freshest;
            best = best == null || p.best.compareTo(best) < 0 ? p.best : best;
            participants.or(p.participants);
            unattributed += p.unattributed;
            segments.addAll(p.segments);
            kinds.addAll(p.kinds);
            weight += p.weightTenths;
            quality += p.qualityTenths;
            weak += p.weak;
            listed.addAll(p.listed);
        }
        listed.sort(Listed.ORDER);
        return new MapGroupFacts(count, fresh, aging, stale, earliest, latest, freshest, best, participants,
                unattributed, segments, kinds, weight, quality, weak, new ArrayList<>(listed.subList(0, Math.min(LISTED, listed.size()))));
    }

    /** The item's roll-up, as {@link RollupRule#rollup(List, int)} gives it for these pieces (those the reader sees). */
    public ItemRollup rollup(int hidden) {
        if (hidden < 0) {
            throw new IllegalArgumentException("hidden < 0");
        }
        return new ItemRollup(count, participants.cardinality(), freshestBasis, earliestObserved, best, count == 0 && hidden == 0, hidden);
    }

    /**
     * The tallies {@link ConfidenceRule#gradeBacking} grades a map item on, for these pieces (all of the item's
     * persona: none off persona), as {@link IssueTallies#of} counts them with every piece supporting. The warning
     * counts a map item does not use ({@code turning}, {@code soonestStale}) are left at zero.
     */
    public IssueTallies backingTallies() {
        int p = participants.cardinality();
        return new IssueTallies(count, p, kinds.size(), segments.size(), weightTenths, qualityTenths, 0,
                count, 0, stale, 0, 0, count, p, unattributed > 0, 0, null, p + unattributed, weak, stale, aging, 0);
    }

    /** The confidence in an item backed by these pieces, as {@link ConfidenceRule#gradeBacking} grades them; null when none. */
    public Confidence confidence() {
        if (count == 0) {
            return null;
        }
        IssueTallies t = backingTallies();
        return ConfidenceRule.grade(StrengthRule.score(t), t);
    }

    /** The map's "freshness most of the evidence has", as the map's summary words it: null without pieces. */
    public Freshness overall() {
        return count == 0 ? null : fresh >= aging && fresh >= stale ? Freshness.FRESH : aging >= stale ? Freshness.AGING : Freshness.STALE;
    }

    /** The sorted ids listed, for reading the pieces themselves. */
    public List<Long> listedIds(int limit) {
        return listed.stream().limit(limit).map(Listed::id).toList();
    }

}
