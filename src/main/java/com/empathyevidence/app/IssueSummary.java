package com.empathyevidence.app;

import java.time.LocalDate;

/**
 * What an issue's evidence comes to, kept on the issue as the Jira issue property {@value #PROPERTY_KEY} so teams can
 * search for it in JQL (see README). Counts only active evidence, whoever may see it, as the property has one value.
 *
 * @param count      active pieces of evidence behind the issue (linked directly or through map items, each once)
 * @param strength   evidence strength 0-100
 * @param band       HIGH, MEDIUM or LOW
 * @param confidence the GRADE-CERQual level (ConfidenceRule): HIGH, MODERATE, LOW or VERY_LOW
 * @param staleCount how many of them are stale today
 * @param agingCount how many of them are aging today
 * @param freshestOn the latest date any of them counts its age from (observed or re-confirmed); null without evidence
 * @param stalestOn  the earliest such date; null without evidence
 * @param warnings   the issue's warnings by type name (WarningRule), most serious first, so JQL and the evidence
 *                   health page can find contradicted or thin issues ({@code warnings = COUNTER_EVIDENCE})
 */
public record IssueSummary(int count, int strength, String band, String confidence, int staleCount, int agingCount, LocalDate freshestOn,
                           LocalDate stalestOn, java.util.List<String> warnings) {

    public IssueSummary {
        warnings = warnings == null ? java.util.List.of() : java.util.List.copyOf(warnings);
    }

    /** Active pieces neither stale nor aging. */
    public int freshCount() {
        return Math.max(0, count - staleCount - agingCount);
    }

    /** The issue property's key. */
    public static final String PROPERTY_KEY = "empathy.evidence";

    /** The property value: a small JSON object whose fields the descriptor's index-document-configuration extracts. */
    public String toJson() {
        return "{\"count\":" + count + ",\"strength\":" + strength + ",\"band\":\"" + band + "\",\"confidence\":\"" + confidence + "\",\"staleCount\":" + staleCount
                + ",\"agingCount\":" + agingCount + ",\"freshestOn\":" + date(freshestOn) + ",\"stalestOn\":" + date(stalestOn) + ",\"warnings\":" + names(warnings) + "}";
    }

    private static String names(java.util.List<String> names) {
        StringBuilder out = new StringBuilder("[");
        for (String n : names) {
            out.append(out.length() > 1 ? "," : "").append('"').append(n).append('"'); // enum names: letters and underscores
        }
        return out.append(']').toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "null" : "\"" + d + "\"";
    }
}
