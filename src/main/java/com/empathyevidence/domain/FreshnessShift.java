package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change of the freshness policy (shelf lives, aging threshold) does to evidence, in one place: which basis
 * dates change state, and how. By {@link FreshnessRule}, with shelf life S and aging from day
 * A = {@link FreshnessPolicy#agingFromDays}, a piece of age a is FRESH for a &lt; A, AGING for A ≤ a ≤ S and STALE for
 * a &gt; S. The ages where the state before and after differ are cut at the breakpoints of both policies (A, S + 1)
 * into runs, each run one window of basis dates (age a is basis {@code today - a}). Counting is left to the store:
 * one count per window, never a piece loaded.
 *
 * <p>Worked examples (today 2026-12-01): interview 365 → 300 days (aging stays 75 %): ages 301..365 turn stale (basis
 * 2025-12-01 up to, not including, 2026-02-04) and ages 225..273 turn aging (aging now from day 225). Aging 75 % → 50 %
 * (interview, 365 days): ages 183..273 turn aging; nothing turns stale.
 */
public final class FreshnessShift {

    private FreshnessShift() {
    }

    /** How a piece's state changes: it turns stale; it is no longer stale (fresh or aging); it turns aging; it is fresh again rather than aging. */
    public enum Change {
        TURN_STALE, TURN_FRESH, TURN_AGING, BACK_TO_FRESH;

        static Change of(Freshness before, Freshness after) {
            if (after == Freshness.STALE) {
                return TURN_STALE;
            }
            if (before == Freshness.STALE) {
                return TURN_FRESH;
            }
            return after == Freshness.AGING ? TURN_AGING : BACK_TO_FRESH;
        }
    }

    /**
     * Basis dates {@code from} (inclusive) to {@code until} (exclusive) of one source kind change state, in one project
     * ({@code projectKey}), or (null) in every project without a policy of its own.
     */
    public record Window(String projectKey, SourceKind kind, LocalDate from, LocalDate until, Change change) {
        public boolean turnsStale() {
            return change == Change.TURN_STALE;
        }
    }

    /** The effect of a change: how many pieces would turn stale, be fresh again (no longer stale), turn aging, or be fresh rather than aging. */
    public record Effect(long turnStale, long turnFresh, long turnAging, long backToFresh) {
        public boolean none() {
            return turnStale == 0 && turnFresh == 0 && turnAging == 0 && backToFresh == 0;
        }
    }

    /** Counts active evidence of one window. */
    public interface Counter {
        long count(Window window);
    }

    /** The windows of a change of one policy from {@code before} to {@code after}, for evidence of {@code projectKey}. */
    public static List<Window> windows(String projectKey, FreshnessPolicy before, FreshnessPolicy after, LocalDate today) {
        List<Window> windows = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            int sBefore = before.shelfLifeDays(kind);
            int sAfter = after.shelfLifeDays(kind);
            int aBefore = before.agingFromDays(kind);
            int aAfter = after.agingFromDays(kind);
            Set<Integer> cuts = new TreeSet<>(List.of(0, aBefore, sBefore + 1, aAfter, sAfter + 1));
            List<Integer> points = new ArrayList<>(cuts);
            Window open = null;
            for (int i = 0; i + 1 < points.size(); i++) {
                int age = points.get(i);
                int end = points.get(i + 1); // ages [age, end): one state before, one after
                Freshness was = state(age, aBefore, sBefore);
                Freshness is = state(age, aAfter, sAfter);
                Change change = was == is ? null : Change.of(was, is);
                // basis dates of ages [age, end) are (today - end, today - age], that is [today - end + 1, today - age + 1)
                LocalDate from = today.minusDays(end - 1L);
                LocalDate until = today.minusDays(age - 1L);
                if (open != null && (change != open.change() || !open.from().equals(until))) {
                    windows.add(open);
                    open = null;
                }
                if (change != null) {
                    open = open == null ? new Window(projectKey, kind, from, until, change)
                            : new Window(projectKey, kind, from, open.until(), change);
                }
            }
            if (open != null) {
                windows.add(open);
            }
        }
        return windows;
    }

    /** The same as {@link #windows(String, FreshnessPolicy, FreshnessPolicy, LocalDate)} for evidence of no one project. */
    public static List<Window> windows(FreshnessPolicy before, FreshnessPolicy after, LocalDate today) {
        return windows(null, before, after, today);
    }

    /**
     * The windows of changing the policies of one scope ({@code projectKey}, or null for the global policy) from
     * {@code before} to {@code after}: for a project, its evidence only; for the global policy, the evidence of
     * projects without a policy of their own (window project null), and each project with one, by its own policy.
     */
    public static List<Window> windows(FreshnessPolicies before, FreshnessPolicies after, String projectKey, LocalDate today) {
        if (projectKey != null) {
            return windows(projectKey, before.forProject(projectKey), after.forProject(projectKey), today);
        }
        List<Window> windows = new ArrayList<>(windows(null, before.forProject(null), after.forProject(null), today));
        Set<String> own = new TreeSet<>(before.projectsWithOverrides());
        own.addAll(after.projectsWithOverrides());
        for (String project : own) {
            windows.addAll(windows(project, before.forProject(project), after.forProject(project), today));
        }
        return windows;
    }

    private static Freshness state(int age, int agingFrom, int shelfLife) {
        return age > shelfLife ? Freshness.STALE : age >= agingFrom ? Freshness.AGING : Freshness.FRESH;
    }

    /** The effect, counted window by window. */
    public static Effect effect(List<Window> windows, Counter counter) {
        long[] n = new long[Change.values().length];
        for (Window w : windows) {
            n[w.change().ordinal()] += counter.count(w);
        }
        return new Effect(n[0], n[1], n[2], n[3]);
    }
}
