package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * What the review queue lists and in which order. A piece is listed when its owner has something to do: someone
 * asked for a re-confirmation that is still open; it is stale while open work still rests on it; or it turns
 * stale within the next {@link #SOON_DAYS} days. The queue is ordered by how many open issues rest on each piece
 * (most first), then by the review-by date (soonest first), then by id.
 */
public final class ReviewRule {

    /** "Turning stale soon": within this many days. */
    public static final int SOON_DAYS = 30;

    private ReviewRule() {
    }

    /** Why a piece is in the queue; the first that applies, in this order. */
    public enum Reason { REQUESTED, STALE_IN_USE, TURNING_STALE }

    /** Why the piece is listed, or null when its owner has nothing to do for it yet. */
    public static Reason reason(FreshnessAssessment freshness, LocalDate today, int openIssues, int openRequests) {
        if (openRequests > 0) {
            return Reason.REQUESTED;
        }
        if (freshness.freshness() == Freshness.STALE) {
            return openIssues > 0 ? Reason.STALE_IN_USE : null;
        }
        long days = freshness.daysUntilStale(today);
        return days <= SOON_DAYS ? Reason.TURNING_STALE : null;
    }

    /** A listed piece, as far as the order is concerned. */
    public record Listed(long id, int openIssues, LocalDate reviewBy) {
    }

    /** Most open issues first, then the soonest review-by date, then the lowest id. */
    public static final Comparator<Listed> ORDER = Comparator.comparingInt(Listed::openIssues).reversed()
            .thenComparing(Listed::reviewBy).thenComparingLong(Listed::id);
}
