package com.empathyevidence.view;

/**
 * Freshness in words, for the panel and the map alike: "Stale — observed 14 months ago",
 * "Fresh — re-confirmed 3 weeks ago", and with the reason, "Stale — usability tests go stale after 120 days; observed
 * 4 months ago, stale since 12 Aug 2026". Colour is only ever a second signal.
 */
public final class FreshnessText {

    private FreshnessText() {
    }

    public static String label(Texts texts, String freshness, boolean reconfirmed, long ageDays) {
        String state = texts.get("empathy.freshness." + freshness.toLowerCase(java.util.Locale.ROOT));
        String age = age(texts, ageDays);
        return texts.get(reconfirmed ? "empathy.freshness.label.reconfirmed" : "empathy.freshness.label.observed", state, age);
    }

    /**
     * Why a piece is as fresh as it is, after its state: "— usability tests go stale after 120 days; observed 4 months
     * ago, stale since 12 Aug 2026" (or "stale from" a day to come).
     *
     * @param sourceKind    the source kind's enum name, e.g. USABILITY_TEST
     * @param shelfLifeDays the shelf life applied to it
     * @param firstStaleDay the first day it is (or was) stale: the day after its last non-stale day
     */
    public static String why(Texts texts, String freshness, boolean reconfirmed, long ageDays, String sourceKind, long shelfLifeDays,
                             java.time.LocalDate firstStaleDay) {
        String kinds = texts.get("empathy.sourceKinds." + sourceKind.toLowerCase(java.util.Locale.ROOT));
        String key = "empathy.freshness.why." + (reconfirmed ? "reconfirmed" : "observed")
                + ("STALE".equalsIgnoreCase(freshness) ? ".stale" : ".current");
        return texts.get(key, kinds, shelfLifeDays, age(texts, ageDays), date(texts, firstStaleDay));
    }

    /** The state and why in one: "Stale — usability tests go stale after 120 days; observed 4 months ago, stale since 12 Aug 2026". */
    public static String labelWithWhy(Texts texts, String freshness, boolean reconfirmed, long ageDays, String sourceKind,
                                      long shelfLifeDays, java.time.LocalDate firstStaleDay) {
        return texts.get("empathy.freshness.label", state(texts, freshness),
                why(texts, freshness, reconfirmed, ageDays, sourceKind, shelfLifeDays, firstStaleDay));
    }

    /** "Fresh", "Aging" or "Stale". */
    public static String state(Texts texts, String freshness) {
        return texts.get("empathy.freshness." + freshness.toLowerCase(java.util.Locale.ROOT));
    }

    /** A day as people read it, from the bundle's pattern: "12 Aug 2026". */
    public static String date(Texts texts, java.time.LocalDate day) {
        return texts.get("empathy.date", java.util.Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()));
    }

    /** "today", "3 days ago", "3 weeks ago", "14 months ago", "2 years ago". */
    public static String age(Texts texts, long days) {
        if (days <= 0) {
            return texts.get("empathy.age.today");
        }
        if (days < 14) {
            return texts.get("empathy.age.days", days);
        }
        if (days < 60) {
            return texts.get("empathy.age.weeks", days / 7);
        }
        if (days < 730) {
            return texts.get("empathy.age.months", Math.max(2, Math.round(days / 30.44)));
        }
        return texts.get("empathy.age.years", days / 365);
    }

    /** The AUI lozenge modifier that goes with a freshness; never the only signal. */
    public static String lozenge(String freshness) {
        return switch (freshness) {
            case "FRESH" -> "aui-lozenge-success";
            case "AGING" -> "aui-lozenge-moved";
            default -> "aui-lozenge-removed";
        };
    }
}
