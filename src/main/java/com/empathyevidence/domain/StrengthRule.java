package com.empathyevidence.domain;

import java.util.List;
import java.util.Map;

/**
 * Evidence strength, in one place. Deterministic; published with worked examples in docs/evidence-strength.md.
 *
 * <p>Supporting evidence S = active evidence linked with ADDRESSES or SUPPORTS. Counter-evidence C = active
 * CONTRADICTS evidence, stale or not: stale counter-evidence still argues against the issue until somebody checks it
 * again (and retires it), so going stale never raises a score.
 * <ul>
 * <li>breadth (0–40) = 40 · min(1, ln(1 + p) / ln 9), p = distinct participants in S, each counted once
 *     (8 participants reach the maximum);</li>
 * <li>diversity (0–20) = 10 · min(k, 4) / 4 + 10 · min(s, 3) / 3, k = distinct source kinds in S,
 *     s = distinct participant segments in S;</li>
 * <li>recency (0–25) = 25 · mean weight of S, weights FRESH 1, AGING 0.5, STALE 0.1;</li>
 * <li>method (0–15) = 15 · mean method quality of S (see {@link #QUALITY});</li>
 * <li>penalty (0–30) = 10 per distinct voice in C (a participant, or an unattributed piece), at most 30.</li>
 * </ul>
 * Each part is rounded half up to a whole number; score = clamp(breadth + diversity + recency + method − penalty,
 * 0, 100). Band: HIGH from 70, MEDIUM from 40, LOW below.
 */
public final class StrengthRule {

    /** How much one piece of a source kind tells on its own: observed behaviour above a single anecdote. */
    public static final Map<SourceKind, Double> QUALITY = Map.of(
            SourceKind.USABILITY_TEST, 1.0,
            SourceKind.USAGE_ANALYTICS, 1.0,
            SourceKind.FIELD_OBSERVATION, 0.9,
            SourceKind.INTERVIEW, 0.8,
            SourceKind.CHURN_INTERVIEW, 0.8,
            SourceKind.SURVEY, 0.7,
            SourceKind.SUPPORT_TICKET, 0.5,
            SourceKind.SALES_CALL, 0.4,
            SourceKind.OTHER, 0.3);

    public static final int HIGH_FROM = 70;
    public static final int MEDIUM_FROM = 40;

    private StrengthRule() {
    }

    public static Strength score(List<AssessedEvidence> linked) {
        return score(IssueTallies.of(linked, java.time.LocalDate.now()));
    }

    /** The score from the issue's tallies (the same counts the pieces give, see {@link IssueTallies}). */
    public static Strength score(IssueTallies t) {
        int supporting = t.strengthSupporting();
        long weightTenths = t.weightTenths();
        long qualityTenths = t.qualityTenths();
        int breadth = supporting == 0 ? 0 : round(40 * Math.min(1.0, Math.log(1 + t.participants()) / Math.log(9)));
        // Exact whole-number arithmetic, so a part that is exactly x.5 always rounds up.
        int diversity = supporting == 0 ? 0 : roundHalfUp(30L * Math.min(t.kinds(), 4) + 40L * Math.min(t.segments(), 3), 12);
        int recency = supporting == 0 ? 0 : roundHalfUp(25 * weightTenths, 10L * supporting);
        int method = supporting == 0 ? 0 : roundHalfUp(15 * qualityTenths, 10L * supporting);
        int penalty = Math.min(30, 10 * t.counterVoices());
        int score = Math.max(0, Math.min(100, breadth + diversity + recency + method - penalty));
        Strength.Band band = score >= HIGH_FROM ? Strength.Band.HIGH : score >= MEDIUM_FROM ? Strength.Band.MEDIUM : Strength.Band.LOW;
        return new Strength(score, band, breadth, diversity, recency, method, penalty, t.participants(), t.kinds(), t.segments());
    }

    private static int roundHalfUp(long numerator, long denominator) {
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }

    /** Breadth is irrational except at whole values, so it never lands exactly on a half. */
    private static int round(double value) {
        return (int) Math.floor(value + 0.5);
    }
}
