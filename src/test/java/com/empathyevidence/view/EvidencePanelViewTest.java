package com.empathyevidence.view;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.rest.EvidenceJson;
import com.empathyevidence.rest.IssueEvidenceJson;
import com.empathyevidence.rest.RollupJson;
import com.empathyevidence.rest.StrengthJson;
import com.empathyevidence.rest.WarningJson;
import com.empathyevidence.testsupport.BundleI18nResolver;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;

/** The panel's words through the real bundle: one message per fact, the breakdown in lines, successors, hidden counts. */
public class EvidencePanelViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Texts texts = new Texts(BundleI18nResolver.fromClasspath());

    private static EvidenceJson piece(long id, String relation, String alias, String kind, int ageDays, int shelfLife, String freshness) {
        EvidenceJson e = new EvidenceJson();
        e.id = id;
        e.text = "Evidence number " + id;
        e.kind = "QUOTE";
        e.section = "SAYS";
        e.sourceKind = kind;
        e.participantAlias = alias;
        e.observedOn = TODAY.minusDays(ageDays).toString();
        e.freshnessBasis = e.observedOn;
        e.staleAfter = TODAY.minusDays(ageDays).plusDays(shelfLife).toString();
        e.ageDays = ageDays;
        e.freshness = freshness;
        e.relation = relation;
        e.status = "ACTIVE";
        return e;
    }

    private static StrengthJson strength(int score, String band, int participants, int penalty) {
        StrengthJson s = new StrengthJson();
        s.score = score;
        s.band = band;
        s.breadth = 20;
        s.diversity = 8;
        s.recency = 25;
        s.method = 12;
        s.penalty = penalty;
        s.participants = participants;
        s.kinds = 2;
        s.segments = 1;
        return s;
    }

    private static WarningJson warning(String type, int count, int of) {
        WarningJson w = new WarningJson();
        w.type = type;
        w.count = count;
        w.of = of;
        return w;
    }

    private static IssueEvidenceJson issue(StrengthJson strength, List<EvidenceJson> evidence, int hidden, WarningJson... warnings) {
        IssueEvidenceJson json = new IssueEvidenceJson();
        json.issueKey = "DEMO-1";
        json.strength = strength;
        json.evidence = evidence;
        json.hidden = hidden;
        json.warnings = List.of(warnings);
        return json;
    }

    private EvidencePanelView view(IssueEvidenceJson json) {
        return new EvidencePanelView(json, texts, false, TODAY);
    }

    private static String breakdown(EvidencePanelView view, String part) {
        return view.getBreakdown().stream().filter(l -> l.getKey().equals(part)).map(LabelView::getText).findFirst().orElse(null);
    }

    @Test
    public void anIssueWithoutEvidenceShowsOneEmptyStateAndNothingElse() {
        EvidencePanelView view = view(issue(strength(0, "LOW", 0, 0), List.of(), 0, warning("NO_EVIDENCE", 0, 0)));
        assertTrue(view.isEmpty());
        assertFalse("no zero score beside the empty state", view.isAnyStrength());
        assertFalse("no red warning repeating the empty state", view.isAnyWarning());
        assertEquals("", view.getHiddenNotice());
    }

    @Test
    public void evidenceLinkedOnlyThroughRetiredPiecesSaysSoOnceWithoutAZeroScore() {
        EvidenceJson retired = piece(1, "SUPPORTS", "P-1", "INTERVIEW", 10, 365, "FRESH");
        retired.status = "RETIRED";
        EvidencePanelView view = view(issue(strength(0, "LOW", 0, 0), List.of(retired), 0, warning("NO_EVIDENCE", 0, 0), warning("RETIRED_LINKED", 1, 0)));
        assertFalse(view.isEmpty());
        assertFalse(view.isAnyStrength());
        assertEquals(List.of("no_evidence", "retired_linked"), view.getWarnings().stream().map(LabelView::getKey).collect(Collectors.toList()));
    }

    @Test
    public void aReaderWhoSeesNothingOfAnIssueWithEvidenceGetsItsStrengthAndTheCountNotTheEmptyState() {
        EvidencePanelView view = view(issue(strength(56, "MEDIUM", 1, 0), List.of(), 2, warning("THIN_EVIDENCE", 1, 2)));
        assertFalse("evidence exists: the panel must not say there is none", view.isEmpty());
        assertTrue(view.isAnyStrength());
        assertFalse(view.isAnyEvidence());
        assertEquals("Evidence strength 56 of 100 \u2014 medium", view.getStrengthLabel());
        assertEquals("2 more pieces of evidence you can\u2019t see: they belong to Jira projects you can\u2019t browse. The strength and warnings above count them.",
                view.getHiddenNotice());
        assertEquals("Breadth: 20 of 40 points. 1 participant supports this issue (1 you can\u2019t see); 8 or more give all 40.", breakdown(view, "breadth"));
        assertEquals("The score counts all of this issue\u2019s evidence, including 2 pieces you can\u2019t see.", breakdown(view, "hidden"));
    }

    @Test
    public void theBreakdownNamesEveryParticipantTheReaderSeesAndCountsTheRest() {
        List<EvidenceJson> seen = List.of(
                piece(1, "SUPPORTS", "P-021", "INTERVIEW", 10, 365, "FRESH"),
                piece(2, "ADDRESSES", "P-014", "INTERVIEW", 10, 365, "FRESH"),
                piece(3, "SUPPORTS", "P-014", "SURVEY", 10, 365, "FRESH"),
                piece(4, "SUPPORTS", null, "USAGE_ANALYTICS", 10, 90, "FRESH"),
                piece(5, "CONTRADICTS", "P-045", "SURVEY", 10, 365, "FRESH"),
                piece(6, "CONTRADICTS", null, "SURVEY", 10, 365, "FRESH"));
        EvidencePanelView view = view(issue(strength(50, "MEDIUM", 3, 30), seen, 2));
        assertEquals("Breadth: 20 of 40 points. 3 participants support this issue (P-014, P-021 and 1 you can\u2019t see); 8 or more give all 40.",
                breakdown(view, "breadth"));
        assertEquals("Counter-evidence: minus 30 points, 10 for each person or unnamed source arguing against this issue (P-045, 1 unnamed source and 1 you can\u2019t see), at most 30.",
                breakdown(view, "penalty"));
        assertEquals("Diversity: 8 of 20 points for 2 source kinds and 1 participant segment; 4 kinds and 3 segments give all 20.", breakdown(view, "diversity"));
        assertEquals("Recency: 25 of 25 points. Fresh evidence counts fully, aging evidence half, stale evidence a tenth.", breakdown(view, "recency"));
        assertTrue(breakdown(view, "method").startsWith("Method: 12 of 15 points. Usability tests and usage analytics count most"));
        assertEquals("each part is one line", 6, view.getBreakdown().size());
        view.getBreakdown().forEach(l -> assertFalse(l.getText(), l.getText().contains("\n")));
    }

    @Test
    public void aSingleSupporterIsNamedAndNoPenaltyLineWithoutCounterEvidence() {
        EvidencePanelView view = view(issue(strength(56, "MEDIUM", 1, 0), List.of(piece(1, "SUPPORTS", "P-014", "INTERVIEW", 10, 365, "FRESH")), 0));
        assertEquals("Breadth: 20 of 40 points. 1 participant supports this issue (P-014); 8 or more give all 40.", breakdown(view, "breadth"));
        assertNull(breakdown(view, "penalty"));
        assertNull(breakdown(view, "hidden"));
        assertEquals("1 piece of evidence", view.getCountLabel());
    }

    @Test
    public void aRowSaysWhyItIsStaleAndWhereInTheRecording() {
        EvidenceJson e = piece(1, "SUPPORTS", "P-014", "USABILITY_TEST", 130, 120, "STALE");
        e.sourceMomentSeconds = 1312;
        EvidenceRowView row = view(issue(strength(40, "MEDIUM", 1, 0), List.of(e), 0)).getGroups().get(0).getRows().get(0);
        assertEquals("Stale", row.getFreshnessState());
        assertEquals("\u2014 usability tests go stale after 120 days; observed 4 months ago, stale since 22 Nov 2026", row.getFreshnessWhy());
        assertEquals("at 21:52 in the recording", row.getMoment());
        assertEquals("24 Jul 2026", row.getObservedOnText());
        assertEquals("2026-07-24", row.getObservedOn());
    }

    @Test
    public void aRetiredPieceNamesAndLinksItsSuccessor() {
        EvidenceJson retired = piece(1, "SUPPORTS", "P-012", "USABILITY_TEST", 800, 120, "STALE");
        retired.status = "RETIRED";
        retired.retiredReason = "Superseded by the 2026 test";
        retired.successorId = 2L;
        EvidenceJson successor = piece(2, "ADDRESSES", "P-033", "USABILITY_TEST", 30, 120, "FRESH");
        successor.text = "I spent half an hour on an invoice, the session timed out and it was all gone. I nearly cried.";
        EvidencePanelView onPanel = view(issue(strength(60, "MEDIUM", 1, 0), List.of(retired, successor), 0));
        EvidenceRowView row = onPanel.getGroups().stream().filter(g -> g.getKey().equals("supports")).findFirst().orElseThrow().getRows().get(0);
        assertEquals("Replaced by", row.getSuccessorPrefix());
        assertEquals("\u201cI spent half an hour on an invoice, the session timed out\u2026\u201d", row.getSuccessorName());
        assertEquals("#empathy-evidence-2", row.getSuccessorHref());

        successor.sourceLink = "https://research.example.com/tests/invoice-editor";
        IssueEvidenceJson elsewhere = issue(strength(10, "LOW", 1, 0), List.of(retired), 0);
        elsewhere.successors = List.of(successor);
        row = view(elsewhere).getGroups().get(0).getRows().get(0);
        assertEquals("a successor not on this issue links to its source", "https://research.example.com/tests/invoice-editor", row.getSuccessorHref());

        row = view(issue(strength(10, "LOW", 1, 0), List.of(retired), 0)).getGroups().get(0).getRows().get(0);
        assertEquals("", row.getSuccessorName());
        assertEquals("Replaced by a piece of evidence you can\u2019t see.", row.getSuccessorHidden());
    }

    @Test
    public void aMapItemBackedOnlyByUnseenEvidenceIsNotAnAssumption() {
        IssueEvidenceJson json = issue(strength(56, "MEDIUM", 1, 0), List.of(), 2);
        IssueEvidenceJson.LinkedItemJson item = new IssueEvidenceJson.LinkedItemJson();
        item.id = 9;
        item.section = "PAINS";
        item.statement = "Tracks payment promises outside the product";
        item.relation = "ADDRESSES";
        item.rollup = new RollupJson();
        item.rollup.assumption = true;
        item.hidden = 2;
        json.mapItems = List.of(item);
        PanelItemView view = view(json).getMapItems().get(0);
        assertFalse(view.isAssumption());
        assertEquals("Backed by 2 pieces of evidence you can\u2019t see.", view.getRollup());
    }

    @Test
    public void turningStaleGivesTheDayInWords() {
        WarningJson w = warning("TURNING_STALE", 1, 3);
        w.date = "2026-12-20";
        EvidencePanelView view = view(issue(strength(70, "HIGH", 3, 0), List.of(piece(1, "SUPPORTS", "P-1", "INTERVIEW", 350, 365, "AGING")), 0, w));
        assertEquals("1 piece of evidence turns stale on 20 Dec 2026. Re-confirm it if it still holds.", view.getWarnings().get(0).getText());
    }

    @Test
    public void eachRelationListsAScreenfulAndOffersTheRestWithItsCount() {
        java.util.List<EvidenceJson> pieces = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            pieces.add(piece(i, "SUPPORTS", "P-" + i, "INTERVIEW", 10, 365, "FRESH"));
        }
        for (int i = 8; i <= 12; i++) {
            pieces.add(piece(i, "CONTRADICTS", "P-" + i, "INTERVIEW", 10, 365, "FRESH"));
        }
        EvidencePanelView view = view(issue(strength(60, "MEDIUM", 12, 5), pieces, 0));
        RelationGroupView supports = view.getGroups().get(0);
        RelationGroupView contradicts = view.getGroups().get(1);
        assertEquals("supports", supports.getKey());
        assertEquals(EvidencePanelView.SCREENFUL, supports.getRows().size());
        assertEquals("the first screenful, in the issue's order", "Evidence number 1", supports.getRows().get(0).getText());
        assertEquals("Show all 7", supports.getShowAll());
        assertEquals("exactly a screenful: nothing more to show", 5, contradicts.getRows().size());
        assertEquals("", contradicts.getShowAll());
        assertEquals("the count counts every row, shown or not", 12, view.getCount());

        EvidencePanelView all = new EvidencePanelView(issue(strength(60, "MEDIUM", 12, 5), pieces, 0), texts, false, TODAY,
                java.util.Set.of("supports"));
        assertEquals(7, all.getGroups().get(0).getRows().size());
        assertEquals("Evidence number 7", all.getGroups().get(0).getRows().get(6).getText());
        assertEquals("", all.getGroups().get(0).getShowAll());
        assertEquals("Show all 8", texts.get("empathy.panel.showAll", 8));
        assertEquals("Show all 1,000", texts.get("empathy.panel.showAll", 1000));
    }

    /** DEMO-1's grade (ConfidenceRuleTest.demoOneIsModerate) in words, and what a reader missing one piece is told. */
    @Test
    public void confidenceInWords() {
        com.empathyevidence.domain.Confidence grade = new com.empathyevidence.domain.Confidence(
                com.empathyevidence.domain.Confidence.Level.MODERATE, java.util.List.of(
                new com.empathyevidence.domain.Confidence.Assessment(com.empathyevidence.domain.Confidence.Component.METHODS,
                        com.empathyevidence.domain.Confidence.Concern.MINOR, "empathy.confidence.reason.methods", List.of(11, 2, 5)),
                new com.empathyevidence.domain.Confidence.Assessment(com.empathyevidence.domain.Confidence.Component.COHERENCE,
                        com.empathyevidence.domain.Confidence.Concern.MINOR, "empathy.confidence.reason.coherence", List.of(1, 5)),
                new com.empathyevidence.domain.Confidence.Assessment(com.empathyevidence.domain.Confidence.Component.ADEQUACY,
                        com.empathyevidence.domain.Confidence.Concern.MINOR, "empathy.confidence.reason.adequacy", List.of(5, 4)),
                new com.empathyevidence.domain.Confidence.Assessment(com.empathyevidence.domain.Confidence.Component.RELEVANCE,
                        com.empathyevidence.domain.Confidence.Concern.MINOR, "empathy.confidence.reason.relevance", List.of(18, 1, 1, 5))));
        IssueEvidenceJson json = issue(strength(68, "MEDIUM", 4, 10), List.of(piece(1, "SUPPORTS", "P-014", "INTERVIEW", 21, 365, "FRESH")), 1);
        json.confidence = com.empathyevidence.rest.ConfidenceJson.of(grade);
        ConfidenceView c = view(json).getConfidence();
        assertEquals("Research confidence (GRADE-CERQual): moderate", c.getLabel());
        assertEquals(List.of(
                "Methodological limitations: minor concerns. Method scores 11 of 15 points; 2 of 5 supporting pieces come from support tickets, sales calls or other sources, which tell least on their own.",
                "Coherence: minor concerns. 1 person or unnamed source argues against this, 5 for it.",
                "Adequacy: minor concerns. 5 supporting pieces from 4 participants; 6 or more participants leave no concern.",
                "Relevance: minor concerns. Recency scores 18 of 25 points: of 5 supporting pieces, 1 is stale and 1 aging."),
                c.getLines().stream().map(ConfidenceLineView::getText).collect(Collectors.toList()));
        assertEquals("minor", c.getLines().get(0).getConcern());
        assertEquals("The confidence counts all of this issue\u2019s evidence, including 1 piece you can\u2019t see.", c.getHiddenNote());
    }
}
