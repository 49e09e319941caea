package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change of shelf lives does to evidence, in one place: which observed dates change between STALE and
 * not stale. With {@link FreshnessRule} a piece is STALE when its age is beyond the shelf life S, so its basis date
 * is before {@code today - S}. Shortening S from {@code old} to {@code new} makes every piece whose basis date is in
 * {@code [today - old, today - new)} turn stale; lengthening it makes those in {@code [today - new, today - old)}
 * fresh again (fresh or aging, no longer stale). Counting is left to the store: one count per window, never a piece
 * loaded. Worked example (interview, 365 → 300 days, today 2026-12-01): basis dates from 2025-12-01 up to, not
 * including, 2026-02-04 turn stale.
 */
public final class FreshnessShift {

    private FreshnessShift() {
    }

    /** Basis dates {@code from} (inclusive) to {@code until} (exclusive) of one source kind change state. */
    public record Window(SourceKind kind, LocalDate from, LocalDate until, boolean turnsStale) {
    }

    /** The effect of a change: how many pieces would turn stale, and how many would be fresh again. */
    public record Effect(long turnStale, long turnFresh) {
    }

    /** Counts active evidence of one window (in the change's scope). */
    public interface Counter {
        long count(Window window);
    }

    /** The windows of a change from {@code before} to {@code after}: at most one per source kind. */
    public static List<Window> windows(FreshnessPolicy before, FreshnessPolicy after, LocalDate today) {
        List<Window> windows = new ArrayList<>();
        for (SourceKind kind : SourceKind.values()) {
            int old = before.shelfLifeDays(kind);
            int now = after.shelfLifeDays(kind);
            if (now < old) {
                windows.add(new Window(kind, today.minusDays(old), today.minusDays(now), true));
            } else if (now > old) {
                windows.add(new Window(kind, today.minusDays(now), today.minusDays(old), false));
            }
        }
        return windows;
    }

    /** The effect, counted window by window. */
    public static Effect effect(List<Window> windows, Counter counter) {
        long stale = 0;
        long fresh = 0;
        for (Window w : windows) {
            long n = counter.count(w);
            if (w.turnsStale()) {
                stale += n;
            } else {
                fresh += n;
            }
        }
        return new Effect(stale, fresh);
    }
}
