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
 * @param computedOn the day the facts are for; they are brought to any later day by {@link #on} without the pieces
 *                   (each part keeps on which days how many of its pieces turn aging and stale)
 */
public record MapGroup(long itemId, Section section, List<Part> parts, List<String> coverKeys, LocalDate computedOn) {

    public MapGroup {
        parts = List.copyOf(parts);
        coverKeys = List.copyOf(coverKeys);
    }

    /**
     * The facts of one project's pieces in the group.
     *
     * @param all     every active piece of the group in the project
     * @param primary those counted here for the summary (each piece of the persona in one group only)
     * @param trust   of the primary ones, how many per set of linked issues and freshness (the trust figure's input)
     */
    public record Part(String projectKey, MapGroupFacts all, MapGroupFacts primary, List<TrustCount> trust) {
        public Part {
            trust = List.copyOf(trust);
        }

        Part on(LocalDate day) {
            MapGroupFacts a = all.on(day);
            return new Part(projectKey, a, primary == all ? a : primary.on(day), trust.stream().map(t -> t.on(day)).toList());
        }
    }

    /** The pieces linked to exactly these issues (sorted keys; none: not linked), by freshness. */
    public record TrustCount(List<String> issueKeys, FreshnessTally freshness) {
        public TrustCount {
            issueKeys = List.copyOf(issueKeys);
        }

        TrustCount on(LocalDate day) {
            FreshnessTally moved = freshness.on(day);
            return moved == freshness ? this : new TrustCount(issueKeys, moved);
        }
    }

    /** Whether the facts can be brought to {@code today}: any day from the day they are for on (never back). */
    public boolean validOn(LocalDate today) {
        return !today.isBefore(computedOn);
    }

    /**
     * The group on {@code day} (not before {@link #computedOn}), as {@link #build} would compute it from the same
     * pieces on that day: the freshness counts moved by the turns up to that day. Nothing else depends on the day.
     */
    public MapGroup on(LocalDate day) {
        if (day.isBefore(computedOn)) {
            throw new IllegalArgumentException("a group is not brought back in time: " + day + " < " + computedOn);
        }
        return day.equals(computedOn) ? this
                : new MapGroup(itemId, section, parts.stream().map(p -> p.on(day)).toList(), coverKeys, day);
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
     * @param pieces every piece backing the item (retired too), in backing order; or the section's unsorted active
     *               pieces; each assessed on {@code today}
     */
    public static MapGroup build(String personaKey, long itemId, Section section, List<Piece> pieces, LocalDate today) {
        Map<String, List<Piece>> byProject = new LinkedHashMap<>();
        Set<String> cover = new LinkedHashSet<>();
        for (Piece p : pieces) {
            cover.addAll(p.issueKeys());
            Evidence e = p.assessed().evidence();
            if (!e.isActive() || !personaKey.equals(e.personaKey())) {
                continue; // retired, or of another persona: named for the cover, never counted
            }
            byProject.computeIfAbsent(e.projectKey(), k -> new ArrayList<>()).add(p);
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, List<Piece>> entry : byProject.entrySet()) {
            List<Piece> in = entry.getValue();
            List<AssessedEvidence> all = new ArrayList<>();
            List<AssessedEvidence> primary = new ArrayList<>();
            Map<List<String>, FreshnessTally.Builder> trust = new LinkedHashMap<>();
            for (Piece p : in) {
                all.add(p.assessed());
                if (p.primary()) {
                    primary.add(p.assessed());
                    trust.computeIfAbsent(List.copyOf(new TreeSet<>(p.issueKeys())), k -> new FreshnessTally.Builder())
                            .add(p.assessed().freshness());
                }
            }
            Map<Long, MapGroupFacts.Listed> placeById = new java.util.HashMap<>();
            in.forEach(p -> placeById.put(p.assessed().evidence().id(), p.place()));
            List<TrustCount> counts = new ArrayList<>();
            trust.forEach((keys, tally) -> counts.add(new TrustCount(keys, tally.build())));
            MapGroupFacts allFacts = MapGroupFacts.of(all, a -> placeById.get(a.evidence().id()));
            MapGroupFacts primaryFacts = primary.size() == all.size() ? allFacts
                    : MapGroupFacts.of(primary, a -> placeById.get(a.evidence().id()));
            parts.add(new Part(entry.getKey(), allFacts, primaryFacts, counts));
        }
        return new MapGroup(itemId, section, parts, List.copyOf(cover), today);
    }

    /** The parts of these projects (all when {@code projects} is empty). */
    public List<Part> partsIn(Collection<String> projects) {
        return parts.stream().filter(p -> projects.isEmpty() || projects.contains(p.projectKey())).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapGroup g && g.itemId == itemId && g.section == section && g.parts.equals(parts)
                && g.coverKeys.equals(coverKeys) && g.computedOn.equals(computedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(itemId, section, parts, coverKeys, computedOn);
    }
}
