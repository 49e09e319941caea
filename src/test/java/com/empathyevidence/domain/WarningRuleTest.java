package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.TODAY;
import static com.empathyevidence.domain.Fixtures.participant;
import static com.empathyevidence.domain.Fixtures.piece;
import static org.junit.Assert.assertEquals;

import com.empathyevidence.domain.Warning.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.Test;

/** Issue warnings: each alone, their order, and the TURNING_STALE boundary. Today is {@link Fixtures#TODAY}. */
public class WarningRuleTest {

    private static final Participant P1 = participant(1, "P-001", "SMB");
    private static final Participant P2 = participant(2, "P-002", "SMB");

    private static List<Warning> evaluate(AssessedEvidence... linked) {
        return WarningRule.evaluate(List.of(linked), TODAY);
    }

    private static List<Type> types(List<Warning> warnings) {
        List<Type> result = new ArrayList<>();
        warnings.forEach(w -> result.add(w.type()));
        return result;
    }

    @Test
    public void theOrderOfSeriousness() {
        assertEquals(List.of(Type.NO_EVIDENCE, Type.ALL_STALE, Type.COUNTER_EVIDENCE, Type.STALE_COUNTER_EVIDENCE,
                Type.RETIRED_LINKED, Type.THIN_EVIDENCE, Type.UNATTRIBUTED_EVIDENCE, Type.ONE_PARTICIPANT,
                Type.SOME_STALE, Type.TURNING_STALE), List.of(Type.values()));
    }

    @Test
    public void healthyEvidenceRaisesNothing() {
        // two participants, fresh (observed today: 365 days until stale), nothing retired or contradicting
        assertEquals(List.of(), evaluate(piece().by(P1).supports(), piece().by(P2).addresses()));
    }

    @Test
    public void noEvidenceAlone() {
        assertEquals(List.of(new Warning(Type.NO_EVIDENCE, 0, null, 0)), evaluate());
    }

    @Test
    public void allStaleAlone() {
        // interviews 366 and 400 days old: both > 365 → STALE; stale evidence is not "turning" stale
        assertEquals(List.of(new Warning(Type.ALL_STALE, 2, null, 2)),
                evaluate(piece().by(P1).daysAgo(366).supports(), piece().by(P2).daysAgo(400).supports()));
    }

    @Test
    public void oneFreshPieceAvoidsAllStaleButSomeStaleSaysHowMany() {
        assertEquals(List.of(new Warning(Type.SOME_STALE, 1, null, 2)),
                evaluate(piece().by(P1).daysAgo(400).supports(), piece().by(P2).supports()));
    }

    @Test
    public void someStaleCountsOutOfEveryActivePiece() {
        // "2 of 6 pieces are stale": two interviews past 365 days among six active pieces; the retired seventh is not
        // counted in the six
        assertEquals(List.of(new Warning(Type.RETIRED_LINKED, 1, null, 6), new Warning(Type.SOME_STALE, 2, null, 6)),
                evaluate(piece().by(P1).daysAgo(400).supports(), piece().by(P2).daysAgo(500).supports(),
                        piece().by(P1).supports(), piece().by(P2).supports(), piece().by(P1).addresses(),
                        piece().by(P2).addresses(), piece().by(P1).retired().supports()));
    }

    @Test
    public void counterEvidenceAlone() {
        Participant p3 = participant(3, "P-003", null);
        assertEquals(List.of(new Warning(Type.COUNTER_EVIDENCE, 1, null, 3)),
                evaluate(piece().by(P1).supports(), piece().by(P2).supports(), piece().by(p3).contradicts()));
    }

    @Test
    public void staleCounterEvidenceStaysVisible() {
        Participant p3 = participant(3, "P-003", null);
        // the contradicting interview is 366 days old → STALE: still counter-evidence, to be checked again; and it is
        // one of three active pieces that is stale
        assertEquals(List.of(new Warning(Type.STALE_COUNTER_EVIDENCE, 1, null, 3), new Warning(Type.SOME_STALE, 1, null, 3)),
                evaluate(piece().by(P1).supports(), piece().by(P2).supports(), piece().by(p3).daysAgo(366).contradicts()));
    }

    @Test
    public void retiredLinkedAlone() {
        assertEquals(List.of(new Warning(Type.RETIRED_LINKED, 2, null, 2)),
                evaluate(piece().by(P1).supports(), piece().by(P2).supports(),
                        piece().by(P1).retired().supports(), piece().retired().contradicts()));
    }

    @Test
    public void onlyRetiredEvidenceIsNoEvidenceAndRetiredLinked() {
        assertEquals(List.of(new Warning(Type.NO_EVIDENCE, 0, null, 0), new Warning(Type.RETIRED_LINKED, 1, null, 0)),
                evaluate(piece().by(P1).retired().supports()));
    }

    @Test
    public void oneParticipantAlone() {
        assertEquals(List.of(new Warning(Type.ONE_PARTICIPANT, 1, null, 2)),
                evaluate(piece().by(P1).supports(), piece().by(P1).kind(SourceKind.USABILITY_TEST).addresses()));
    }

    @Test
    public void aSinglePieceIsThinEvidenceAndSaysSoOnce() {
        // one attributed quote: thin, and not also "one participant" (one message per fact)
        assertEquals(List.of(new Warning(Type.THIN_EVIDENCE, 1, null, 1)), evaluate(piece().by(P1).supports()));
        // one unattributed quote (today it scores 40, medium, with no warning)
        assertEquals(List.of(new Warning(Type.THIN_EVIDENCE, 1, null, 1)), evaluate(piece().supports()));
    }

    @Test
    public void onlyCounterEvidenceIsThinEvidenceWithNothingSupporting() {
        assertEquals(List.of(new Warning(Type.COUNTER_EVIDENCE, 1, null, 1), new Warning(Type.THIN_EVIDENCE, 0, null, 1)),
                evaluate(piece().by(P1).contradicts()));
    }

    @Test
    public void supportFromNoIdentifiedParticipantIsWarned() {
        assertEquals(List.of(new Warning(Type.UNATTRIBUTED_EVIDENCE, 2, null, 2)),
                evaluate(piece().supports(), piece().observation().kind(SourceKind.USAGE_ANALYTICS).supports()));
    }

    @Test
    public void oneParticipantNotRaisedWithTwoParticipants() {
        assertEquals(List.of(), evaluate(piece().by(P1).supports(), piece().by(P2).supports()));
    }

    @Test
    public void oneParticipantNotRaisedWhenUnattributedSupportExists() {
        // the analytics piece has no participant: the evidence does not rest on one person alone
        assertEquals(List.of(), evaluate(piece().by(P1).supports(),
                piece().observation().kind(SourceKind.USAGE_ANALYTICS).supports()));
    }

    @Test
    public void counterEvidenceFromSomeoneElseDoesNotWidenSupport() {
        // support rests on P-001 only; P-002 contradicts: both warnings
        assertEquals(List.of(new Warning(Type.COUNTER_EVIDENCE, 1, null, 3), new Warning(Type.ONE_PARTICIPANT, 1, null, 3)),
                evaluate(piece().by(P1).supports(), piece().by(P1).addresses(), piece().by(P2).contradicts()));
    }

    @Test
    public void turningStaleAlone() {
        // interview observed 340 days ago: last non-stale day = observed + 365 = today + 25;
        // first stale day = today + 26; days until stale = 26 ≤ 30
        List<Warning> w = evaluate(piece().by(P1).daysAgo(340).supports(), piece().by(P2).supports());
        assertEquals(List.of(new Warning(Type.TURNING_STALE, 1, TODAY.plusDays(26), 2)), w);
    }

    @Test
    public void turningStaleAtExactlyThirtyDays() {
        // observed 336 days ago: staleAfter = today − 336 + 365 = today + 29 (last AGING day, age 365);
        // first stale day = today + 30 (age 366 > 365); daysUntilStale = 29 + 1 = 30 ≤ 30 → warned
        AssessedEvidence thirty = piece().by(P1).daysAgo(336).supports();
        assertEquals(30, thirty.freshness().daysUntilStale(TODAY));
        assertEquals(List.of(new Warning(Type.TURNING_STALE, 1, TODAY.plusDays(30), 2)),
                evaluate(thirty, piece().by(P2).supports()));
    }

    @Test
    public void notTurningStaleAtThirtyOneDays() {
        // observed 335 days ago: staleAfter = today + 30; first stale day = today + 31; 31 > 30 → no warning
        AssessedEvidence thirtyOne = piece().by(P1).daysAgo(335).supports();
        assertEquals(31, thirtyOne.freshness().daysUntilStale(TODAY));
        assertEquals(List.of(), evaluate(thirtyOne, piece().by(P2).supports()));
    }

    @Test
    public void turningStaleOnItsLastDayAndCountsEveryPieceWithTheSoonestDate() {
        // usability test 120 days old: last non-stale day is today → first stale day tomorrow (1 day)
        // interview 350 days old: first stale day today + 16
        List<Warning> w = evaluate(piece().by(P1).daysAgo(350).supports(),
                piece().kind(SourceKind.USABILITY_TEST).by(P2).daysAgo(120).supports());
        assertEquals(List.of(new Warning(Type.TURNING_STALE, 2, TODAY.plusDays(1), 2)), w);
    }

    @Test
    public void retiredEvidenceNeverTurnsStale() {
        assertEquals(List.of(new Warning(Type.RETIRED_LINKED, 1, null, 2)), evaluate(piece().by(P1).supports(),
                piece().by(P2).supports(), piece().by(P2).daysAgo(350).retired().supports()));
    }

    @Test
    public void mostSeriousFirstWhateverTheInputOrder() {
        List<AssessedEvidence> linked = new ArrayList<>(List.of(
                piece().by(P1).daysAgo(340).supports(),            // ONE_PARTICIPANT, TURNING_STALE (today + 26)
                piece().by(P1).addresses(),
                piece().by(P2).contradicts(),                      // COUNTER_EVIDENCE
                piece().by(P2).retired().supports()));             // RETIRED_LINKED
        List<Warning> expected = List.of(
                new Warning(Type.COUNTER_EVIDENCE, 1, null, 3),
                new Warning(Type.RETIRED_LINKED, 1, null, 3),
                new Warning(Type.ONE_PARTICIPANT, 1, null, 3),
                new Warning(Type.TURNING_STALE, 1, TODAY.plusDays(26), 3));
        assertEquals(expected, WarningRule.evaluate(linked, TODAY));
        Collections.reverse(linked);
        assertEquals(expected, WarningRule.evaluate(linked, TODAY));
    }

    @Test
    public void demoOneRaisesCounterEvidenceAndOneOfSixStale() {
        // the DEMO-1 mix of docs/evidence-strength.md example 2: one stale analytics piece among six active ones
        // (SOME_STALE 1 of 6, not ALL_STALE), the live survey contradicts (COUNTER_EVIDENCE 1), four participants plus
        // an unattributed piece (no ONE_PARTICIPANT); the 150-day ticket is stale from today + 31 (not turning)
        assertEquals(List.of(new Warning(Type.COUNTER_EVIDENCE, 1, null, 6), new Warning(Type.SOME_STALE, 1, null, 6)),
                WarningRule.evaluate(StrengthRuleTest.demoOneLinks(), TODAY));
    }

    @Test
    public void allStaleComesBeforeRetiredAndOneParticipant() {
        assertEquals(List.of(Type.ALL_STALE, Type.RETIRED_LINKED, Type.ONE_PARTICIPANT),
                types(evaluate(piece().by(P1).retired().supports(), piece().by(P1).daysAgo(400).supports(),
                        piece().by(P1).daysAgo(500).supports())));
    }
}
