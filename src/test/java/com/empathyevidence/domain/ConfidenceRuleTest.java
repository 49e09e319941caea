package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.participant;
import static com.empathyevidence.domain.Fixtures.participants;
import static com.empathyevidence.domain.Fixtures.piece;
import static org.junit.Assert.assertEquals;

import com.empathyevidence.domain.Confidence.Assessment;
import com.empathyevidence.domain.Confidence.Component;
import com.empathyevidence.domain.Confidence.Concern;
import com.empathyevidence.domain.Confidence.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * Worked examples of the GRADE-CERQual grading (docs/evidence-strength.md, section 7). Every expected value is
 * worked out by hand from the documented mapping; the arithmetic is next to each assertion.
 *
 * <pre>
 * methods    m = strength's method (0–15): ≥ 13 none, 11–12 minor, 8–10 moderate, ≤ 7 serious
 * coherence  c voices against, s voices for: c = 0 none, 2c &lt; s minor, c &lt; s moderate, else serious
 * adequacy   p participants: ≥ 6 none, 4–5 minor, 3 moderate, ≤ 2 serious
 * relevance  worse of recency r (≥ 20 none, 15–19 minor, 8–14 moderate, ≤ 7 serious) and persona fit
 *            (o of n off-persona: 0 none, 2o &lt; n minor, o &lt; n moderate, o = n serious)
 * level      HIGH − (serious + ⌊(minor + 2 · moderate) / 3⌋), at least VERY_LOW
 * </pre>
 */
public class ConfidenceRuleTest {

    private static void assertComponent(Confidence c, Component component, Concern concern, String reason, Integer... args) {
        Assessment a = c.of(component);
        assertEquals(component + " concern", concern, a.concern());
        assertEquals(component + " reason", ConfidenceRule.KEY + reason, a.reasonKey());
        assertEquals(component + " args", List.of(args), a.args());
    }

    @Test
    public void oneFreshInterviewQuoteIsModerate() {
        Confidence c = ConfidenceRule.grade(List.of(piece().kind(SourceKind.INTERVIEW).by(participant(14, "P-014", "3-person practice")).daysAgo(10).supports()), Set.of());
        // m = 12 (interview 0.8 · 15) → minor; 0 of 1 piece from a weaker method
        assertComponent(c, Component.METHODS, Concern.MINOR, "methods", 12, 0, 1);
        // nothing against, 1 voice for → none
        assertComponent(c, Component.COHERENCE, Concern.NONE, "coherence", 0, 1);
        // p = 1 → serious
        assertComponent(c, Component.ADEQUACY, Concern.SERIOUS, "adequacy", 1, 1);
        // r = 25 → none; 0 stale, 0 aging of 1
        assertComponent(c, Component.RELEVANCE, Concern.NONE, "relevance", 25, 0, 0, 1);
        // down = 1 serious + ⌊1 / 3⌋ = 1 → MODERATE
        assertEquals(Level.MODERATE, c.level());
    }

    @Test
    public void demoOneIsModerate() {
        Confidence c = ConfidenceRule.grade(StrengthRuleTest.demoOneLinks(), Set.of());
        // m = 11 → minor; the support ticket (0.5) and the sales call (0.4) are the weaker methods: 2 of 5
        assertComponent(c, Component.METHODS, Concern.MINOR, "methods", 11, 2, 5);
        // c = 1 (P-045); s = 5 (P-014, P-021, P-030, P-051 and the unattributed analytics piece); 2 < 5 → minor
        assertComponent(c, Component.COHERENCE, Concern.MINOR, "coherence", 1, 5);
        // p = 4 → minor
        assertComponent(c, Component.ADEQUACY, Concern.MINOR, "adequacy", 5, 4);
        // r = 18 → minor; 1 stale (analytics), 1 aging (ticket) of 5
        assertComponent(c, Component.RELEVANCE, Concern.MINOR, "relevance", 18, 1, 1, 5);
        // down = 0 serious + ⌊4 / 3⌋ = 1 → MODERATE
        assertEquals(Level.MODERATE, c.level());
    }

    @Test
    public void weakSupportOutweighedByCounterEvidenceIsVeryLow() {
        Confidence c = ConfidenceRule.grade(List.of(
                piece().kind(SourceKind.OTHER).daysAgo(181).supports(),
                piece().by(participant(2, "P-002", null)).contradicts(),
                piece().by(participant(3, "P-003", null)).contradicts(),
                piece().by(participant(4, "P-004", null)).contradicts()), Set.of());
        // m = 5 → serious; the one piece is OTHER (0.3)
        assertComponent(c, Component.METHODS, Concern.SERIOUS, "methods", 5, 1, 1);
        // c = 3, s = 1 (the unattributed piece): 3 ≥ 1 → serious
        assertComponent(c, Component.COHERENCE, Concern.SERIOUS, "coherence", 3, 1);
        // p = 0 → serious
        assertComponent(c, Component.ADEQUACY, Concern.SERIOUS, "adequacy", 1, 0);
        // r = 3 (one stale piece) → serious
        assertComponent(c, Component.RELEVANCE, Concern.SERIOUS, "relevance", 3, 1, 0, 1);
        // down = min(3, 4 serious) → VERY_LOW
        assertEquals(Level.VERY_LOW, c.level());
    }

    @Test
    public void theBestEvidenceIsHigh() {
        List<AssessedEvidence> linked = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            linked.add(piece().kind(SourceKind.USABILITY_TEST).by(participant(i, "P-" + i, "S" + i % 3)).supports());
        }
        linked.add(piece().kind(SourceKind.USAGE_ANALYTICS).supports());
        linked.add(piece().kind(SourceKind.FIELD_OBSERVATION).supports());
        linked.add(piece().kind(SourceKind.INTERVIEW).supports());
        Confidence c = ConfidenceRule.grade(linked, Set.of());
        assertComponent(c, Component.METHODS, Concern.NONE, "methods", 15, 0, 11);
        // s = 8 participants + 3 unattributed pieces = 11
        assertComponent(c, Component.COHERENCE, Concern.NONE, "coherence", 0, 11);
        assertComponent(c, Component.ADEQUACY, Concern.NONE, "adequacy", 11, 8);
        assertComponent(c, Component.RELEVANCE, Concern.NONE, "relevance", 25, 0, 0, 11);
        assertEquals(Level.HIGH, c.level());
    }

    @Test
    public void threeTicketsAgainstTwoVoicesIsLow() {
        Participant[] p = participants(5);
        Confidence c = ConfidenceRule.grade(List.of(
                piece().kind(SourceKind.SUPPORT_TICKET).by(p[0]).supports(),
                piece().kind(SourceKind.SUPPORT_TICKET).by(p[1]).supports(),
                piece().kind(SourceKind.SUPPORT_TICKET).by(p[2]).supports(),
                piece().by(p[3]).contradicts(),
                piece().by(p[4]).contradicts()), Set.of());
        // m = round(15 · 0.5) = round(7.5) = 8 → moderate
        assertComponent(c, Component.METHODS, Concern.MODERATE, "methods", 8, 3, 3);
        // c = 2, s = 3: 2 · 2 = 4 ≥ 3 but 2 < 3 → moderate
        assertComponent(c, Component.COHERENCE, Concern.MODERATE, "coherence", 2, 3);
        // p = 3 → moderate
        assertComponent(c, Component.ADEQUACY, Concern.MODERATE, "adequacy", 3, 3);
        assertComponent(c, Component.RELEVANCE, Concern.NONE, "relevance", 25, 0, 0, 3);
        // down = 0 serious + ⌊(2 + 2 + 2) / 3⌋ = 2 → LOW
        assertEquals(Level.LOW, c.level());
    }

    @Test
    public void staleCounterEvidenceStillCountsAgainst() {
        Participant[] p = participants(3);
        Confidence c = ConfidenceRule.grade(List.of(
                piece().by(p[0]).supports(),
                piece().by(p[1]).supports(),
                piece().by(p[2]).daysAgo(400).contradicts()), Set.of());
        // c = 1 (stale, still against, as in the strength's penalty), s = 2: 2 · 1 = 2, not < 2; 1 < 2 → moderate
        assertComponent(c, Component.COHERENCE, Concern.MODERATE, "coherence", 1, 2);
    }

    @Test
    public void aMapItemHalfBackedByAnotherPersonaIsModerate() {
        Participant[] p = participants(6);
        List<AssessedEvidence> backing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            backing.add(piece().kind(SourceKind.INTERVIEW).by(p[i]).persona(i < 3 ? "ACCOUNTANT" : "FREELANCER").backing());
        }
        Confidence c = ConfidenceRule.gradeBacking(backing, "ACCOUNTANT");
        // backing counts as support: m = 12 → minor
        assertComponent(c, Component.METHODS, Concern.MINOR, "methods", 12, 0, 6);
        assertComponent(c, Component.COHERENCE, Concern.NONE, "coherence", 0, 6);
        // p = 6 → none
        assertComponent(c, Component.ADEQUACY, Concern.NONE, "adequacy", 6, 6);
        // r = 25 → none for freshness; o = 3 of 6 about FREELANCER: 6 is not < 6, 3 < 6 → moderate; the worse wins
        assertComponent(c, Component.RELEVANCE, Concern.MODERATE, "relevance.persona", 25, 0, 0, 6, 3);
        // down = ⌊(1 + 2) / 3⌋ = 1 → MODERATE
        assertEquals(Level.MODERATE, c.level());
        // the same backing on the FREELANCER persona's map: the same 3 of 6 are about another persona
        assertEquals(Concern.MODERATE, ConfidenceRule.gradeBacking(backing, "FREELANCER").of(Component.RELEVANCE).concern());
    }

    @Test
    public void anIssueLinkingNoMapItemIsNotJudgedOnPersona() {
        Confidence c = ConfidenceRule.grade(List.of(piece().persona("FREELANCER").by(participant(1, "P-1", null)).supports()), Set.of());
        assertComponent(c, Component.RELEVANCE, Concern.NONE, "relevance", 25, 0, 0, 1);
        Confidence judged = ConfidenceRule.grade(List.of(piece().persona("FREELANCER").by(participant(1, "P-1", null)).supports()), Set.of("ACCOUNTANT"));
        // o = 1 of 1 → serious
        assertComponent(judged, Component.RELEVANCE, Concern.SERIOUS, "relevance.persona", 25, 0, 0, 1, 1);
    }

    @Test
    public void onlyCounterEvidenceIsVeryLow() {
        Confidence c = ConfidenceRule.grade(List.of(piece().by(participant(1, "P-1", null)).contradicts()), Set.of());
        for (Component component : Component.values()) {
            assertComponent(c, component, Concern.SERIOUS, "nosupport", 1);
        }
        assertEquals(Level.VERY_LOW, c.level());
        assertEquals(Level.VERY_LOW, ConfidenceRule.grade(List.of(), Set.of()).level());
    }

    @Test
    public void retiredAndUnlinkedEvidenceIsIgnored() {
        AssessedEvidence one = piece().by(participant(14, "P-014", null)).supports();
        Confidence alone = ConfidenceRule.grade(List.of(one), Set.of());
        Confidence withNoise = ConfidenceRule.grade(List.of(one, piece().retired().contradicts(), piece().backing()), Set.of());
        assertEquals(alone, withNoise);
    }

    @Test
    public void thresholdsAtTheirBoundaries() {
        // method 13 (field observation: 0.9 · 15 = 13.5 → 14; with an interview: 15 · 1.7 / 2 = 12.75 → 13) → none
        Participant[] p = participants(6);
        assertEquals(Concern.NONE, ConfidenceRule.grade(List.of(piece().kind(SourceKind.FIELD_OBSERVATION).by(p[0]).supports(),
                piece().kind(SourceKind.INTERVIEW).by(p[1]).supports()), Set.of()).of(Component.METHODS).concern());
        // method 11 (survey: 10.5 → 11) → minor; method 10 (survey + support ticket: 15 · 1.2 / 2 = 9) → moderate
        assertEquals(Concern.MINOR, ConfidenceRule.grade(List.of(piece().kind(SourceKind.SURVEY).supports()), Set.of()).of(Component.METHODS).concern());
        assertEquals(Concern.MODERATE, ConfidenceRule.grade(List.of(piece().kind(SourceKind.SURVEY).supports(),
                piece().kind(SourceKind.SUPPORT_TICKET).supports()), Set.of()).of(Component.METHODS).concern());
        // method 6 (sales call) → serious
        assertEquals(Concern.SERIOUS, ConfidenceRule.grade(List.of(piece().kind(SourceKind.SALES_CALL).supports()), Set.of()).of(Component.METHODS).concern());
        // adequacy: 5 participants minor, 6 none, 3 moderate, 2 serious
        assertEquals(Concern.MINOR, adequacy(5));
        assertEquals(Concern.NONE, adequacy(6));
        assertEquals(Concern.MODERATE, adequacy(3));
        assertEquals(Concern.SERIOUS, adequacy(2));
        // recency: all aging = 25 · 0.5 = 12.5 → 13 → moderate; 3 fresh + 1 aging = 25 · 3.5 / 4 = 21.9 → 22 → none;
        // 1 fresh + 1 aging = 18.75 → 19 → minor; 1 aging + 1 stale = 7.5 → 8 → moderate; stale only = 3 → serious
        assertEquals(Concern.MODERATE, relevance(0, 1, 0));
        assertEquals(Concern.NONE, relevance(3, 1, 0));
        assertEquals(Concern.MINOR, relevance(1, 1, 0));
        assertEquals(Concern.MODERATE, relevance(0, 1, 1));
        assertEquals(Concern.SERIOUS, relevance(0, 0, 1));
    }

    private static Concern adequacy(int people) {
        List<AssessedEvidence> linked = new ArrayList<>();
        for (Participant p : participants(people)) {
            linked.add(piece().by(p).supports());
        }
        return ConfidenceRule.grade(linked, Set.of()).of(Component.ADEQUACY).concern();
    }

    private static Concern relevance(int fresh, int aging, int stale) {
        List<AssessedEvidence> linked = new ArrayList<>();
        for (int i = 0; i < fresh; i++) {
            linked.add(piece().supports());
        }
        for (int i = 0; i < aging; i++) {
            linked.add(piece().daysAgo(300).supports()); // interview: 274 ≤ 300 ≤ 365 → AGING
        }
        for (int i = 0; i < stale; i++) {
            linked.add(piece().daysAgo(400).supports());
        }
        return ConfidenceRule.grade(linked, Set.of()).of(Component.RELEVANCE).concern();
    }

    @Test
    public void levelStartsHighAndIsRatedDown() {
        // two minor concerns (2 points) do not rate down; three do; a moderate and a minor do; each serious does
        assertEquals(Level.HIGH, ConfidenceRule.level(concerns(Concern.MINOR, Concern.MINOR, Concern.NONE, Concern.NONE)));
        assertEquals(Level.HIGH, ConfidenceRule.level(concerns(Concern.MODERATE, Concern.NONE, Concern.NONE, Concern.NONE)));
        assertEquals(Level.MODERATE, ConfidenceRule.level(concerns(Concern.MINOR, Concern.MINOR, Concern.MINOR, Concern.NONE)));
        assertEquals(Level.MODERATE, ConfidenceRule.level(concerns(Concern.MODERATE, Concern.MINOR, Concern.NONE, Concern.NONE)));
        assertEquals(Level.MODERATE, ConfidenceRule.level(concerns(Concern.SERIOUS, Concern.NONE, Concern.NONE, Concern.NONE)));
        assertEquals(Level.LOW, ConfidenceRule.level(concerns(Concern.SERIOUS, Concern.MODERATE, Concern.MINOR, Concern.NONE)));
        assertEquals(Level.LOW, ConfidenceRule.level(concerns(Concern.SERIOUS, Concern.SERIOUS, Concern.NONE, Concern.NONE)));
        assertEquals(Level.VERY_LOW, ConfidenceRule.level(concerns(Concern.SERIOUS, Concern.SERIOUS, Concern.SERIOUS, Concern.NONE)));
        assertEquals(Level.VERY_LOW, ConfidenceRule.level(concerns(Concern.SERIOUS, Concern.SERIOUS, Concern.SERIOUS, Concern.SERIOUS)));
    }

    private static List<Assessment> concerns(Concern... concerns) {
        List<Assessment> list = new ArrayList<>();
        for (int i = 0; i < concerns.length; i++) {
            list.add(new Assessment(Component.values()[i], concerns[i], ConfidenceRule.KEY + "methods", List.of()));
        }
        return list;
    }
}
