package com.empathyevidence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closing the loop (issue 17): when an issue that addresses a pain is resolved, the owners of the evidence behind
 * that pain are told in their next weekly digest, once per resolved issue.
 * <ul>
 *   <li>An issue <b>addresses</b> a pain when it is linked {@link Relation#ADDRESSES} to the pain's map item or to a
 *       piece backing it; the pain's <b>owners</b> are the owners of its active backing pieces.</li>
 *   <li>An issue is <b>resolved</b> when its status category is "done" ({@link Delivery#SHIPPED}) and it has a
 *       resolution date.</li>
 *   <li><b>Once</b>: a week's digest tells the resolutions dated from the Monday of the last week a digest was claimed
 *       for before it (the Monday of the week before, when none was) up to the day before its own Monday. The weeks
 *       claimed follow each other, so these windows follow each other without a gap or an overlap: a resolution in a
 *       week no digest reached is told in the next one, and none is told twice. An issue reopened and resolved again
 *       later is told again, with its new date (it was resolved again).</li>
 * </ul>
 */
public final class LoopRule {

    private LoopRule() {
    }

    /** The days, {@code from} inclusive to {@code until} exclusive, whose resolutions a week's digest tells. */
    public record Window(LocalDate from, LocalDate until) {
        public boolean contains(LocalDate day) {
            return day != null && !day.isBefore(from) && day.isBefore(until);
        }
    }

    /** The Monday an ISO week ("2026-W49") starts on. */
    public static LocalDate monday(String isoWeek) {
        int w = isoWeek.indexOf("-W");
        int year = Integer.parseInt(isoWeek.substring(0, w));
        int week = Integer.parseInt(isoWeek.substring(w + 2));
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /**
     * The window of the digest of the week {@code today} is in.
     *
     * @param previousWeek the latest week claimed before this one, or null when no digest was ever claimed
     */
    public static Window window(LocalDate today, String previousWeek) {
        LocalDate thisMonday = monday(DigestRule.weekOf(today));
        LocalDate from = previousWeek == null ? thisMonday.minusWeeks(1) : monday(previousWeek);
        if (!from.isBefore(thisMonday)) {
            from = thisMonday.minusWeeks(1); // a clock set back: never an empty or reversed window
        }
        return new Window(from, thisMonday);
    }

    /** Whether an issue in that status category, resolved on that day, is told in that window. */
    public static boolean told(String statusCategoryKey, LocalDate resolvedOn, Window window) {
        return Delivery.of(statusCategoryKey) == Delivery.SHIPPED && window.contains(resolvedOn);
    }

    /** A pain on a map: its item, its statement, and the pieces backing it. */
    public record Pain(long itemId, String statement, Collection<Long> backing) {
    }

    /**
     * For each owner, the issues that address pains backed by their evidence, each with those pains' statements
     * (in the order of {@code pains}, each once).
     *
     * @param links   links to the pains' items and backing pieces (any relation: only ADDRESSES counts)
     * @param ownerOf the owner of each active backing piece (retired pieces absent: their owners are not told)
     */
    public static Map<String, Map<String, List<String>>> addressed(List<Pain> pains, Collection<IssueLink> links, Map<Long, String> ownerOf) {
        Map<LinkTarget, Set<String>> addressing = new LinkedHashMap<>();
        for (IssueLink link : links) {
            if (link.relation() == Relation.ADDRESSES) {
                addressing.computeIfAbsent(link.target(), t -> new LinkedHashSet<>()).add(link.issueKey());
            }
        }
        Map<String, Map<String, Set<String>>> found = new LinkedHashMap<>();
        for (Pain pain : pains) {
            Set<String> issues = new LinkedHashSet<>(addressing.getOrDefault(LinkTarget.mapItem(pain.itemId()), Set.of()));
            Set<String> owners = new LinkedHashSet<>();
            for (Long piece : pain.backing()) {
                issues.addAll(addressing.getOrDefault(LinkTarget.evidence(piece), Set.of()));
                String owner = ownerOf.get(piece);
                if (owner != null) {
                    owners.add(owner);
                }
            }
            for (String owner : owners) {
                for (String issue : issues) {
                    found.computeIfAbsent(owner, o -> new LinkedHashMap<>()).computeIfAbsent(issue, i -> new LinkedHashSet<>()).add(pain.statement());
                }
            }
        }
        Map<String, Map<String, List<String>>> result = new LinkedHashMap<>();
        found.forEach((owner, issues) -> {
            Map<String, List<String>> byIssue = new LinkedHashMap<>();
            issues.forEach((issue, statements) -> byIssue.put(issue, new ArrayList<>(statements)));
            result.put(owner, byIssue);
        });
        return result;
    }
}
