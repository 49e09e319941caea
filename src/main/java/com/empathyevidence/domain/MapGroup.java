package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One group of a persona's map, as stored: an item's backing ({@code itemId} &gt; 0), or a section's unsorted pieces
 * ({@code itemId} 0), split by the pieces' owning project, with what the map needs of them whoever reads it. Each
 * active piece of the persona is in the groups of the items it backs (for the items' roll-ups and confidence) or, when
 * it backs none of the persona's items, in its section's unsorted group; and it is <i>primary</i> in exactly one
 * group (the unsorted one, or that of the lowest item id it backs), so the map's summary and trust figure, which
 * count each piece once, are the sums of the primary parts.
 *
 * @param parts      per owning project (null: no project) of the group's active pieces
 * @param coverKeys  items only: the issues linked to any piece backing the item (retired too, as the map names them),
 *                   in the map's order (backing order, then link order), each once
 * @param computedOn the day the facts were computed for
 * @param validUntil the last day on which every piece's freshness is still as computed (then the group is stale)
 */
public record MapGroup(long itemId, Section section, List<Part> parts, List<String> coverKeys, LocalDate computedOn,
                       LocalDate validUntil) {

    public MapGroup {
        parts = List.copyOf(parts);
        coverKeys = List.copyOf(coverKeys);
    }

    /**
     * The facts of one project's pieces in the group.
     *
     * @param all     every active piece of the group in the project
     * @param primary those counted here for the summary (each piece of the persona in one group only)
     * @param trust   of the primary ones, how many per freshness and set of linked issues (the trust figure's input)
     */
    public record Part(String projectKey, MapGroupFacts all, MapGroupFacts primary, List<TrustCount> trust) {
        public Part {
            trust = List.copyOf(trust);
        }
    }

    /** {@code count} pieces of this freshness linked to exactly these issues (sorted keys; none: not linked). */
    public record TrustCount(Freshness freshness, List<String> issueKeys, int count) {
        public TrustCount {
            issueKeys = List.copyOf(issueKeys);
        }
    }

    /** Whether the facts still hold on {@code today} (the day has not moved past a freshness change, nor back). */
    public boolean validOn(LocalDate today) {
        return !today.isBefore(computedOn) && !today.isAfter(validUntil);
    }

    /**
     * One piece of the group, assessed on the day of the computation.
     *
     * @param place     where it stands in the map's list of the group
     * @param primary   whether the summary counts it in this group
     * @param issueKeys the issues linked to the piece (any relation), in link order
     */
    public record Piece(AssessedEvidence assessed, MapGroupFacts.Listed place, boolean primary, List<String> issueKeys) {
    }

    /**
     * The group from its pieces: the active ones counted, every one's links named for an item's cover.
     *
     * @param personaKey the map's persona: only its active pieces are counted
     * @param pieces every piece backing the item (retired too), in backing order; or the section's unsorted active pieces
     * @param policies the policies the freshness was assessed under (for {@code validUntil})
     */
    public static MapGroup build(String personaKey, long itemId, Section section, List<Piece> pieces, FreshnessPolicies policies,
                                 LocalDate today) {
        Map<String, List<Piece>> byProject = new LinkedHashMap<>();
        Set<String> cover = new LinkedHashSet<>();
        LocalDate validUntil = LocalDate.MAX;
        for (Piece p : pieces) {
            cover.addAll(p.issueKeys());
            Evidence e = p.assessed().evidence();
            if (!e.isActive() || !personaKey.equals(e.personaKey())) {
                continue; // retired, or of another persona: named for the cover, never counted
            }
            byProject.computeIfAbsent(e.projectKey(), k -> new ArrayList<>()).add(p);
            LocalDate last = lastDaySame(e, policies.forProject(e.projectKey()), today);
            validUntil = last.isBefore(validUntil) ? last : validUntil;
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, List<Piece>> entry : byProject.entrySet()) {
            List<Piece> in = entry.getValue();
            List<AssessedEvidence> all = new ArrayList<>();
            List<AssessedEvidence> primary = new ArrayList<>();
            Map<TrustKey, Integer> trust = new LinkedHashMap<>();
            for (Piece p : in) {
                all.add(p.assessed());
                if (p.primary()) {
                    primary.add(p.assessed());
                    trust.merge(new TrustKey(p.assessed().freshness().freshness(), List.copyOf(new TreeSet<>(p.issueKeys()))), 1, Integer::sum);
                }
            }
            Map<Long, MapGroupFacts.Listed> placeById = new java.util.HashMap<>();
            in.forEach(p -> placeById.put(p.assessed().evidence().id(), p.place()));
            List<TrustCount> counts = new ArrayList<>();
            trust.forEach((k, n) -> counts.add(new TrustCount(k.freshness(), k.issueKeys(), n)));
            parts.add(new Part(entry.getKey(), MapGroupFacts.of(all, a -> placeById.get(a.evidence().id())),
                    MapGroupFacts.of(primary, a -> placeById.get(a.evidence().id())), counts));
        }
        return new MapGroup(itemId, section, parts, List.copyOf(cover), today, validUntil);
    }

    private record TrustKey(Freshness freshness, List<String> issueKeys) {
    }

    /**
     * The last day, from {@code today} on, on which the piece's freshness is what it is today (freshness only moves
     * from FRESH to AGING to STALE as days pass, so the first change is found by halving): {@link LocalDate#MAX} for
     * a stale piece.
     */
    public static LocalDate lastDaySame(Evidence e, FreshnessPolicy policy, LocalDate today) {
        Freshness now = e.freshness(policy, today).freshness();
        if (now == Freshness.STALE) {
            return LocalDate.MAX;
        }
        long low = 0; // same on today + low
        long high = 1;
        while (e.freshness(policy, today.plusDays(high)).freshness() == now) {
            low = high;
            high *= 2;
            if (high > 4_000_000) {
                return LocalDate.MAX;
            }
        }
        while (high - low > 1) { // same on low, changed on high
            long mid = (low + high) / 2;
            if (e.freshness(policy, today.plusDays(mid)).freshness() == now) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return today.plusDays(low);
    }

    /** The parts of these projects (all when {@code projects} is empty). */
    public List<Part> partsIn(Collection<String> projects) {
        return parts.stream().filter(p -> projects.isEmpty() || projects.contains(p.projectKey())).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapGroup g && g.itemId == itemId && g.section == section && g.parts.equals(parts)
                && g.coverKeys.equals(coverKeys) && g.computedOn.equals(computedOn) && g.validUntil.equals(validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, section, parts, coverKeys, computedOn, validUntil);
    }
}
