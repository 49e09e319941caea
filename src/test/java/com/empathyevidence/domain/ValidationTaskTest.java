package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import org.junit.Test;

/** validation (issue 17): the rules of a validation task made from an assumption on the map, with worked examples. */
public class ValidationTaskTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    public void theSummaryStartsAsTheStatementOnOneLine() {
        assertEquals("Fears losing unsaved work", ValidationTask.summaryFrom("Fears losing unsaved work"));
        assertEquals("Fears losing unsaved work", ValidationTask.summaryFrom("  Fears  losing\nunsaved\r\n\twork "));
        assertEquals("", ValidationTask.summaryFrom(null));
    }

    @Test
    public void aLongStatementIsCutWithinJirasLimitAtAWord() {
        String statement = "word ".repeat(60) + "end"; // 303 characters
        String summary = ValidationTask.summaryFrom(statement);
        assertTrue(summary.codePointCount(0, summary.length()) <= ValidationTask.SUMMARY_MAX);
        assertTrue(summary, summary.endsWith("word\u2026"));
        // exactly 255 is kept whole
        String full = "a".repeat(255);
        assertEquals(full, ValidationTask.summaryFrom(full));
        // no space in the last quarter: cut at the limit
        String solid = "b".repeat(300);
        assertEquals("b".repeat(254) + "\u2026", ValidationTask.summaryFrom(solid));
        // an emoji counts as one character and is never split
        String emoji = "\uD83D\uDE00".repeat(300);
        String cut = ValidationTask.summaryFrom(emoji);
        assertEquals(255, cut.codePointCount(0, cut.length()));
    }

    @Test
    public void theSummarySentMustBeOneLineWithinTheLimit() {
        ValidationTask.checkSummary("Interview five accountants about unsaved work");
        ValidationTask.checkSummary("x".repeat(255));
        assertRefused(() -> ValidationTask.checkSummary(" "), "summary", "empathy.validation.required");
        assertRefused(() -> ValidationTask.checkSummary(null), "summary", "empathy.validation.required");
        assertRefused(() -> ValidationTask.checkSummary("x".repeat(256)), "summary", "empathy.validation.tooLong");
        assertRefused(() -> ValidationTask.checkSummary("two\nlines"), "summary", "empathy.validation.task.oneLine");
    }

    @Test
    public void onlyAnAssumptionTakesAValidationTask() {
        ValidationTask.checkAssumption(7, 0);
        // evidence backs it, even evidence the person may not see: no longer an assumption
        assertRefused(() -> ValidationTask.checkAssumption(7, 1), "mapItemId", "empathy.validation.task.notAssumption");
    }

    @Test
    public void aTaskStandsOnlyBesideItsAddressesLinkToTheItem() {
        ValidationTask task = new ValidationTask("DEMO-12", 7, "pm", AT);
        assertTrue(task.marks(new IssueLink(1, "DEMO-12", LinkTarget.mapItem(7), Relation.ADDRESSES, "pm", AT, null)));
        // the relation changed to SUPPORTS: it no longer claims validation
        assertFalse(task.marks(new IssueLink(1, "DEMO-12", LinkTarget.mapItem(7), Relation.SUPPORTS, "pm", AT, null)));
        // another issue, another item, or evidence with the same id
        assertFalse(task.marks(new IssueLink(2, "DEMO-13", LinkTarget.mapItem(7), Relation.ADDRESSES, "pm", AT, null)));
        assertFalse(task.marks(new IssueLink(3, "DEMO-12", LinkTarget.mapItem(8), Relation.ADDRESSES, "pm", AT, null)));
        assertFalse(task.marks(new IssueLink(4, "DEMO-12", LinkTarget.evidence(7), Relation.ADDRESSES, "pm", AT, null)));
        // the link is gone (unlinked): nothing to mark
        assertFalse(task.marks(null));
    }

    @Test
    public void anAssumptionHasOneLiveTaskAndASecondIsRefusedNamingIt() {
        ValidationTask first = new ValidationTask("DEMO-60", 7, "pm", AT);
        ValidationTask second = new ValidationTask("DEMO-61", 7, "pm", AT.plusSeconds(60));
        IssueLink firstLink = new IssueLink(1, "DEMO-60", LinkTarget.mapItem(7), Relation.ADDRESSES, "pm", AT, null);
        IssueLink secondLink = new IssueLink(2, "DEMO-61", LinkTarget.mapItem(7), Relation.ADDRESSES, "pm", AT, null);
        // no task yet, or only a task whose link is gone (unlinked) or was changed to SUPPORTS: a new one is welcome
        ValidationTask.checkNotBeingValidated(7, java.util.List.of(), java.util.List.of(firstLink), null, k -> true);
        ValidationTask.checkNotBeingValidated(7, java.util.List.of(first), java.util.List.of(), null, k -> true);
        ValidationTask.checkNotBeingValidated(7, java.util.List.of(first),
                java.util.List.of(new IssueLink(1, "DEMO-60", LinkTarget.mapItem(7), Relation.SUPPORTS, "pm", AT, null)), null, k -> true);
        // DEMO-60 validates item 7: a second task is refused, naming DEMO-60
        Problem refused = conflict(() -> ValidationTask.checkNotBeingValidated(7, java.util.List.of(first), java.util.List.of(firstLink), null, k -> true));
        assertEquals("empathy.validation.task.alreadyValidated", refused.messageKey());
        assertEquals(java.util.List.of("DEMO-60"), java.util.List.of(refused.args()));
        // ... the oldest live one when two stand (made before the rule); recording DEMO-60 again is no second task
        assertEquals("DEMO-60", ValidationTask.live(7, java.util.List.of(first, second), java.util.List.of(secondLink, firstLink), null)
                .orElseThrow().issueKey());
        ValidationTask.checkNotBeingValidated(7, java.util.List.of(first), java.util.List.of(firstLink), "DEMO-60", k -> true);
        assertEquals("DEMO-61", ValidationTask.live(7, java.util.List.of(first, second), java.util.List.of(firstLink, secondLink), "DEMO-60")
                .orElseThrow().issueKey());
        // another item's task does not count
        ValidationTask.checkNotBeingValidated(8, java.util.List.of(first), java.util.List.of(firstLink), null, k -> true);
        // a person who may not see DEMO-60 is refused all the same, and told no key
        Problem hidden = conflict(() -> ValidationTask.checkNotBeingValidated(7, java.util.List.of(first), java.util.List.of(firstLink), null, k -> false));
        assertEquals("empathy.validation.task.alreadyValidatedHidden", hidden.messageKey());
        assertEquals(0, hidden.args().length);
    }

    private static Problem conflict(Runnable check) {
        try {
            check.run();
        } catch (Problem problem) {
            assertEquals(Problem.Kind.CONFLICT, problem.kind());
            return problem;
        }
        throw new AssertionError("expected a conflict");
    }

    private static void assertRefused(Runnable check, String field, String key) {
        try {
            check.run();
            fail("expected a refusal of " + field);
        } catch (Problem problem) {
            assertEquals(field, problem.fieldErrors().get(0).field());
            assertEquals(key, problem.fieldErrors().get(0).messageKey());
        }
    }

    @Test
    public void aClaimHoldsAgainstSomebodyElseForAMinuteAndNeverAgainstItsHolder() {
        assertTrue(ValidationTask.claimHeldAgainst("pm", AT, "admin", AT));
        assertTrue(ValidationTask.claimHeldAgainst("pm", AT, "admin", AT.plusSeconds(59)));
        assertFalse("the hold has run out at 60 s", ValidationTask.claimHeldAgainst("pm", AT, "admin", AT.plusSeconds(60)));
        assertFalse("one's own claim", ValidationTask.claimHeldAgainst("pm", AT, "pm", AT));
        try {
            ValidationTask.checkClaimed(false);
            fail("somebody else's claim refuses");
        } catch (Problem problem) {
            assertEquals(Problem.Kind.CONFLICT, problem.kind());
            assertEquals("empathy.validation.task.beingCreated", problem.messageKey());
        }
        ValidationTask.checkClaimed(true);
    }
}
