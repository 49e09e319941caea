package com.empathyevidence.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A Jira issue created from the empathy map to validate an assumption (a map item no evidence backs): the issue links
 * the item ADDRESSES, as any issue working on it does, and this record says it was made to find the evidence. The
 * rules of validation tasks live here:
 * <ul>
 * <li>only an assumption offers one ({@link #checkAssumption});</li>
 * <li>its summary starts as the item's statement on one line, within Jira's 255 characters ({@link #summaryFrom}),
 *     and whatever the person made of it must still fit Jira ({@link #checkSummary});</li>
 * <li>an issue is shown as validating an item only while both stand: this record and its ADDRESSES link to the item
 *     ({@link #marks}). Unlinking the issue (or changing the relation) ends it; the record alone claims nothing.</li>
 * </ul>
 */
public record ValidationTask(String issueKey, long mapItemId, String createdBy, Instant createdAt) {

    /** Jira's limit on an issue's summary. */
    public static final int SUMMARY_MAX = 255;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String ELLIPSIS = "\u2026";

    /**
     * The summary the dialog starts with: the statement with its line breaks and runs of spaces made one space, cut to
     * {@link #SUMMARY_MAX} characters (an ellipsis marking the cut, at a word boundary when there is one in its last
     * quarter). "Fears  losing\nunsaved work" becomes "Fears losing unsaved work".
     */
    public static String summaryFrom(String statement) {
        String line = statement == null ? "" : SPACES.matcher(statement).replaceAll(" ").strip();
        if (Validator.codePoints(line) <= SUMMARY_MAX) {
            return line;
        }
        int end = line.offsetByCodePoints(0, SUMMARY_MAX - 1);
        int space = line.lastIndexOf(' ', end);
        if (space > end * 3 / 4) {
            end = space;
        }
        return line.substring(0, end).strip() + ELLIPSIS;
    }

    /** The summary the person sends: required, one line, at most {@link #SUMMARY_MAX} characters (field {@code summary}). */
    public static void checkSummary(String summary) {
        Validator v = new Validator();
        v.text("summary", summary, SUMMARY_MAX);
        if (v.ok("summary") && (summary.indexOf('\n') >= 0 || summary.indexOf('\r') >= 0)) {
            v.error("summary", "empathy.validation.task.oneLine");
        }
        v.check();
    }

    /**
     * Only an assumption offers a validation task: an item that some evidence backs (whether or not the person may
     * see it) already rests on evidence, so it is refused, naming the item (field {@code mapItemId}).
     *
     * @param backing active pieces of evidence backing the item, seen or not
     */
    public static void checkAssumption(long mapItemId, int backing) {
        if (backing > 0) {
            new Validator().error("mapItemId", "empathy.validation.task.notAssumption", mapItemId).check();
        }
    }

    /** True when this task stands for the link: the same issue, linking this map item, as ADDRESSES. */
    public boolean marks(IssueLink link) {
        return link != null && link.relation() == Relation.ADDRESSES && issueKey.equals(link.issueKey())
                && LinkTarget.mapItem(mapItemId).equals(link.target());
    }
}
