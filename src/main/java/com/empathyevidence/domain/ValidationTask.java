package com.empathyevidence.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
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
 * <li>an assumption has one live task at a time ({@link #checkNotBeingValidated}): a second is refused, naming the
 *     issue that validates it (or, when the person may not see it, saying only that one they cannot see does).</li>
 * <li>while one person's task is being created (from just before the check to the record: the issue is made in Jira
 *     in between), the assumption is claimed for them for {@link #CLAIM_HOLD}, so a second person is refused before a
 *     second issue is made ({@link #claimHeldAgainst}); the claim is made before the check (a check made first could
 *     pass just before somebody else's whole creation ended), and ends with the record, a refused check, or when its
 *     hold runs out.</li>
 * </ul>
 */
public record ValidationTask(String issueKey, long mapItemId, String createdBy, Instant createdAt) {

    /**
     * How long a claim on an assumption holds (the time Confluence may take to create the issue in Jira and record it):
     * long enough for a slow Jira, short enough that a claim left behind by a failed creation soon frees the item.
     */
    public static final Duration CLAIM_HOLD = Duration.ofSeconds(60);

    /**
     * True when a claim made by {@code holder} at {@code claimedAt} still keeps {@code user} from claiming the item at
     * {@code now}: it is somebody else's and its hold has not run out. One's own claim never stands in one's way (a
     * second try after a refusal in Jira takes it over).
     */
    public static boolean claimHeldAgainst(String holder, Instant claimedAt, String user, Instant now) {
        return !Objects.equals(holder, user) && now.isBefore(claimedAt.plus(CLAIM_HOLD));
    }

    /** Refuses (409) while somebody else's claim holds: their task is being created right now. */
    public static void checkClaimed(boolean claimed) {
        if (!claimed) {
            throw Problem.conflict("empathy.validation.task.beingCreated");
        }
    }

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

    /**
     * The live task of a map item: the oldest of its tasks that still stands beside its ADDRESSES link, leaving out
     * {@code except} (the issue being recorded now, so that sending the same task again changes nothing).
     */
    public static Optional<ValidationTask> live(long mapItemId, Collection<ValidationTask> tasks, Collection<IssueLink> links,
                                                String except) {
        return tasks.stream()
                .filter(t -> t.mapItemId() == mapItemId && !t.issueKey().equals(except))
                .filter(t -> links.stream().anyMatch(t::marks))
                .findFirst();
    }

    /**
     * One task per assumption: refuses (409) a validation task for an item that already has a live one. "This
     * assumption is already being validated in DEMO-60." names the issue when the person may see it; otherwise the
     * sentence says an issue they cannot see validates it, and names nothing.
     *
     * @param tasks the item's tasks, oldest first; {@code links} its links; {@code except} as in {@link #live}
     */
    public static void checkNotBeingValidated(long mapItemId, Collection<ValidationTask> tasks, Collection<IssueLink> links,
                                              String except, Predicate<String> mayView) {
        Optional<ValidationTask> live = live(mapItemId, tasks, links, except);
        if (live.isEmpty()) {
            return;
        }
        String key = live.get().issueKey();
        throw mayView.test(key)
                ? Problem.conflict("empathy.validation.task.alreadyValidated", key)
                : Problem.conflict("empathy.validation.task.alreadyValidatedHidden");
    }

    /** True when this task stands for the link: the same issue, linking this map item, as ADDRESSES. */
    public boolean marks(IssueLink link) {
        return link != null && link.relation() == Relation.ADDRESSES && issueKey.equals(link.issueKey())
                && LinkTarget.mapItem(mapItemId).equals(link.target());
    }
}
