package com.empathyevidence.domain;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Closing the loop (issue 17): who is told of which resolved issue, and in which week's digest. */
public class LoopRuleTest {

    private static IssueLink link(String issue, LinkTarget target, Relation relation) {
        return new IssueLink(0, issue, target, relation, "pm", null, null);
    }

    @Test
    public void aWeekStartsOnItsIsoMonday() {
        assertEquals(LocalDate.of(2026, 11, 30), LoopRule.monday("2026-W49"));
        assertEquals(LocalDate.of(2025, 12, 29), LoopRule.monday("2026-W01")); // week 1 of 2026 starts in 2025
        assertEquals(LocalDate.of(2026, 12, 28), LoopRule.monday("2026-W53"));
    }

    @Test
    public void theWindowsOfWeeksClaimedOneAfterAnotherFollowEachOtherWithoutGapOrOverlap() {
        // Wednesday 2 December 2026 is in W49; the digest of W48 was the last one claimed
        LoopRule.Window w49 = LoopRule.window(LocalDate.of(2026, 12, 2), "2026-W48");
        assertEquals(new LoopRule.Window(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)), w49);
        LoopRule.Window w50 = LoopRule.window(LocalDate.of(2026, 12, 9), "2026-W49");
        assertEquals(w49.until(), w50.from());
        // resolved on Monday of W49 (after W49's digest could run): told in W50's, not W49's
        assertFalse(w49.contains(LocalDate.of(2026, 11, 30)));
        assertTrue(w50.contains(LocalDate.of(2026, 11, 30)));
        assertTrue(w50.contains(LocalDate.of(2026, 12, 6)));
        assertFalse(w50.contains(LocalDate.of(2026, 12, 7)));
    }

    @Test
    public void aWeekNoDigestReachedIsToldInTheNextOne() {
        // W50 was never claimed (the server was down): W51's digest covers W49 and W50
        LoopRule.Window w51 = LoopRule.window(LocalDate.of(2026, 12, 16), "2026-W49");
        assertEquals(new LoopRule.Window(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 14)), w51);
    }

    @Test
    public void theFirstDigestEverTellsTheWeekBeforeAndAClockSetBackNeverGivesAnEmptyWindow() {
        assertEquals(new LoopRule.Window(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)), LoopRule.window(LocalDate.of(2026, 12, 2), null));
        assertEquals(new LoopRule.Window(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)),
                LoopRule.window(LocalDate.of(2026, 12, 2), "2027-W02"));
    }

    @Test
    public void onlyIssuesDoneWithAResolutionDateInTheWindowAreTold() {
        LoopRule.Window w = new LoopRule.Window(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
        assertTrue(LoopRule.told("done", LocalDate.of(2026, 11, 23), w));
        assertTrue(LoopRule.told("done", LocalDate.of(2026, 11, 29), w));
        assertFalse("after the window", LoopRule.told("done", LocalDate.of(2026, 11, 30), w));
        assertFalse("reopened: in progress again", LoopRule.told("indeterminate", LocalDate.of(2026, 11, 25), w));
        assertFalse("done without a resolution date", LoopRule.told("done", null, w));
        assertFalse(LoopRule.told("", LocalDate.of(2026, 11, 25), w));
    }

    @Test
    public void theOwnersOfThePiecesBehindAPainAreToldOfEachIssueAddressingItOnce() {
        // "Reconciling invoices takes days" (item 7) is backed by pieces 1 (pm's) and 2 (ana's);
        // "Reminders go out twice" (item 8) by piece 3 (pm's)
        List<LoopRule.Pain> pains = List.of(new LoopRule.Pain(7, "Reconciling invoices takes days", List.of(1L, 2L)),
                new LoopRule.Pain(8, "Reminders go out twice", List.of(3L)));
        List<IssueLink> links = List.of(
                link("DEMO-53", LinkTarget.mapItem(7), Relation.ADDRESSES),
                link("DEMO-53", LinkTarget.evidence(3), Relation.ADDRESSES), // addresses both pains
                link("DEMO-54", LinkTarget.evidence(1), Relation.ADDRESSES),
                link("DEMO-55", LinkTarget.evidence(2), Relation.SUPPORTS), // supports, does not address: not told
                link("DEMO-56", LinkTarget.mapItem(8), Relation.CONTRADICTS));
        Map<String, Map<String, List<String>>> told = LoopRule.addressed(pains, links, Map.of(1L, "pm", 2L, "ana", 3L, "pm"));
        assertEquals(Map.of("DEMO-53", List.of("Reconciling invoices takes days"), "DEMO-54", List.of("Reconciling invoices takes days")),
                told.get("ana"));
        assertEquals(Map.of("DEMO-53", List.of("Reconciling invoices takes days", "Reminders go out twice"),
                "DEMO-54", List.of("Reconciling invoices takes days")), told.get("pm"));
        assertEquals(2, told.size());
    }

    @Test
    public void aRetiredPieceHasNoOwnerToTell() {
        List<LoopRule.Pain> pains = List.of(new LoopRule.Pain(7, "Reconciling invoices takes days", List.of(1L)));
        assertEquals(Map.of(), LoopRule.addressed(pains, List.of(link("DEMO-53", LinkTarget.mapItem(7), Relation.ADDRESSES)), Map.of()));
    }
}
