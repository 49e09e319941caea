package com.empathyevidence.view;

/**
 * Freshness in words, for the panel and the map alike: "Stale — observed 14 months ago",
 * "Fresh — re-confirmed 3 weeks ago". Colour is only ever a second signal.
 */
public final class FreshnessText {

    private FreshnessText() {
    }

    public static String label(Texts texts, String freshness, boolean reconfirmed, long ageDays) {
        String state = texts.get("empathy.freshness." + freshness.toLowerCase(java.util.Locale.ROOT));
        String age = age(texts, ageDays);
        return texts.get(reconfirmed ? "empathy.freshness.label.reconfirmed" : "empathy.freshness.label.observed", state, age);
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
