package com.empathyevidence.domain;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Set;

/**
 * The weekly digest's rules (issue 16), in one place: who owns a piece, which pieces go in a week's message, which
 * issues count as open, and which week a day belongs to.
 */
public final class DigestRule {

    /** A piece goes in the digest when it turns stale within this many days (and is not stale yet). */
    public static final int WITHIN_DAYS = WarningRule.TURNING_STALE_DAYS;

    /** Statuses of issues that are done: an issue in any other status is open work resting on its evidence. */
    private static final Set<String> DONE = Set.of("done", "closed", "resolved", "won't do", "won\u2019t do", "cancelled", "canceled");

    private DigestRule() {
    }

    /** The ISO week a day belongs to, e.g. "2026-W49": the digest is sent once per such week. */
    public static String weekOf(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Whether an active piece, assessed today, goes in the digest: not stale yet, stale within {@value #WITHIN_DAYS} days. */
    public static boolean turningStaleSoon(Evidence evidence, FreshnessAssessment assessment, LocalDate today) {
        if (!evidence.isActive() || assessment.freshness() == Freshness.STALE) {
            return false;
        }
        long days = assessment.daysUntilStale(today);
        return days >= 1 && days <= WITHIN_DAYS;
    }

    /** Whether an issue in this status is open (not done). */
    public static boolean isOpen(String status) {
        return status == null || !DONE.contains(status.strip().toLowerCase(Locale.ROOT));
    }
}
