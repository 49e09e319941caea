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
 * @param freshness      how many are FRESH, AGING and STALE on the day the facts are for, and on which later days how
 *                       many turn aging or stale ({@link #on}: the facts on a later day, without the pieces)
 * @param earliestObserved the earliest observed date; null without pieces ({@code latestObserved} the latest)
 * @param freshestBasis  the latest basis date (observed or re-confirmed); null without pieces
 * @param participants   the distinct participants, by id (an alias is one participant's: counting either is the same;
 *                       a CERQual voice each)
 * @param unattributed   pieces without a participant (a voice each)
 * @param segments       distinct non-blank segments of their participants
 * @param kinds          distinct source kinds
 * @param qualityTenths  sum of {@link IssueTallies#qualityTenths} of their kinds
 * @param weak           pieces of method quality at most {@link IssueTallies#WEAK_QUALITY_TENTHS}
 * @param listed         the first {@link #LISTED} pieces in the map's order ({@link Listed#ORDER}), which no day changes
 */
public record MapGroupFacts(FreshnessTally freshness, LocalDate earliestObserved, LocalDate latestObserved,
                            LocalDate freshestBasis, BitSet participants, int unattributed, Set<String> segments,
                            Set<SourceKind> kinds, long qualityTenths, int weak, List<Listed> listed) {

    /** How many pieces a group keeps in order: what the macro lists per item and per section (quotes=10, unsorted=10). */
    public static final int LISTED = 10;

    public static final MapGroupFacts NONE = new MapGroupFacts(FreshnessTally.NONE, null, null, null, new BitSet(), 0,
            Set.of(), Set.of(), 0, 0, List.of());

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

    /** Active pieces. */
    public int count() {
        return freshness.count();
    }

    /** Of them FRESH. */
    public int fresh() {
        return freshness.fresh();
    }

    public int aging() {
        return freshness.aging();
    }

    public int stale() {
        return freshness.stale();
    }

    /** The best freshness of any piece; null without pieces. */
    public Freshness best() {
        return freshness.best();
    }

    /** Sum of {@link IssueTallies#weightTenths} of their freshness. */
    public long weightTenths() {
        return freshness.weightTenths();
    }

    /** The same pieces' facts on {@code day} (not before the day these are for): only their freshness moves. */
    public MapGroupFacts on(LocalDate day) {
        FreshnessTally moved = freshness.on(day);
        return moved == freshness ? this : new MapGroupFacts(moved, earliestObserved, latestObserved, freshestBasis,
                participants, unattributed, segments, kinds, qualityTenths, weak, listed);
    }

    /** The facts of these active pieces (each with the place it would take in the map's list), on the day they were assessed. */
    public static MapGroupFacts of(Collection<AssessedEvidence> pieces, java.util.function.Function<AssessedEvidence, Listed> place) {
        Accumulator sum = new Accumulator();
        for (AssessedEvidence a : pieces) {
            if (a.evidence().isActive()) {
                sum.add(one(a, place.apply(a)));
            }
        }
        return sum.facts();
    }

    /** The facts of the union of the (disjoint) pieces behind each of these (all on one day). */
    public static MapGroupFacts merge(Collection<MapGroupFacts> parts) {
        Accumulator sum = new Accumulator();
        parts.forEach(sum::add);
        return sum.facts();
    }

    /** What one active piece contributes: each fact of a piece, in this one place. */
    private static MapGroupFacts one(AssessedEvidence a, Listed place) {
        Evidence e = a.evidence();
        BitSet participants = new BitSet();
        Set<String> segments = Set.of();
        if (e.participant() != null) {
            participants.set(Math.toIntExact(e.participant().id()));
            String segment = e.participant().segment();
            segments = segment != null && !segment.isBlank() ? Set.of(segment) : Set.of();
        }
        long quality = IssueTallies.qualityTenths(e.source().kind());
        return new MapGroupFacts(new FreshnessTally.Builder().add(a.freshness()).build(), e.observedOn(), e.observedOn(),
                a.freshness().basisDate(), participants, e.participant() == null ? 1 : 0, segments, Set.of(e.source().kind()),
                quality, quality <= IssueTallies.WEAK_QUALITY_TENTHS ? 1 : 0, List.of(place));
    }

    /** Sums facts of disjoint pieces: how each fact combines, in this one place. */
    private static final class Accumulator {
        private final FreshnessTally.Builder freshness = new FreshnessTally.Builder();
        private LocalDate earliest;
        private LocalDate latest;
        private LocalDate freshest;
        private final BitSet participants = new BitSet();
        private int unattributed;
        private final Set<String> segments = new HashSet<>();
        private final Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        private long quality;
        private int weak;
        private final List<Listed> listed = new ArrayList<>();

        void add(MapGroupFacts p) {
            if (p.count() == 0) {
                return;
            }
            freshness.add(p.freshness);
            earliest = earliest == null || p.earliestObserved.isBefore(earliest) ? p.earliestObserved : earliest;
            latest = latest == null || p.latestObserved.isAfter(latest) ? p.latestObserved : latest;
            freshest = freshest == null || p.freshestBasis.isAfter(freshest) ? p.freshestBasis : freshest;
            participants.or(p.participants);
            unattributed += p.unattributed;
            segments.addAll(p.segments);
            kinds.addAll(p.kinds);
            quality += p.qualityTenths;
            weak += p.weak;
            listed.addAll(p.listed);
            if (listed.size() > 4 * LISTED) { // only the first LISTED are kept: trim as it grows
                trim();
            }
        }

        private void trim() {
            listed.sort(Listed.ORDER);
            listed.subList(Math.min(LISTED, listed.size()), listed.size()).clear();
        }

        MapGroupFacts facts() {
            trim();
            return new MapGroupFacts(freshness.build(), earliest, latest, freshest, participants, unattributed, segments,
                    kinds, quality, weak, new ArrayList<>(listed));
        }
    }

    /** The item's roll-up, as {@link RollupRule#rollup(List, int)} gives it for these pieces (those the reader sees). */
    public ItemRollup rollup(int hidden) {
        if (hidden < 0) {
            throw new IllegalArgumentException("hidden < 0");
        }
        return new ItemRollup(count(), participants.cardinality(), freshestBasis, earliestObserved, best(), count() == 0 && hidden == 0, hidden);
    }

    /**
     * The tallies {@link ConfidenceRule#gradeBacking} grades a map item on, for these pieces (all of the item's
     * persona: none off persona), as {@link IssueTallies#of} counts them with every piece supporting. The warning
     * counts a map item does not use ({@code turning}, {@code soonestStale}) are left at zero.
     */
    public IssueTallies backingTallies() {
        int p = participants.cardinality();
        return new IssueTallies(count(), p, kinds.size(), segments.size(), weightTenths(), qualityTenths, 0,
                count(), 0, stale(), 0, 0, count(), p, unattributed > 0, 0, null, p + unattributed, weak, stale(), aging(), 0);
    }

    /** The confidence in an item backed by these pieces, as {@link ConfidenceRule#gradeBacking} grades them; null when none. */
    public Confidence confidence() {
        if (count() == 0) {
            return null;
        }
        IssueTallies t = backingTallies();
        return ConfidenceRule.grade(StrengthRule.score(t), t);
    }

    /** The map's "freshness most of the evidence has", as the map's summary words it: null without pieces. */
    public Freshness overall() {
        int fresh = fresh();
        int aging = aging();
        int stale = stale();
        return count() == 0 ? null : fresh >= aging && fresh >= stale ? Freshness.FRESH : aging >= stale ? Freshness.AGING : Freshness.STALE;
    }

    /** The sorted ids listed, for reading the pieces themselves. */
    public List<Long> listedIds(int limit) {
        return listed.stream().limit(limit).map(Listed::id).toList();
    }

}
