package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.participant;
import static com.empathyevidence.domain.Fixtures.piece;
import static org.junit.Assert.assertEquals;

import com.empathyevidence.domain.EvidenceCheck.Gap;
import com.empathyevidence.domain.EvidenceCheck.GapKind;
import com.empathyevidence.domain.EvidenceCheck.Requirements;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** The workflow evidence check, by worked examples (today is {@link Fixtures#TODAY}; interviews go stale after 365 days). */
public class EvidenceCheckTest {

    private static final Participant P1 = participant(1, "P-001", "SMB");
    private static final Participant P2 = participant(2, "P-002", "SMB");
    private static final Participant P3 = participant(3, "P-003", "Enterprise");

    private static List<Gap> check(Requirements r, Set<Long> acknowledged, AssessedEvidence... linked) {
        return EvidenceCheck.check(r, List.of(linked), acknowledged);
    }

    @Test
    public void noRequirementLetsEverythingPass() {
        assertEquals(List.of(), check(new Requirements(0, false, 0, false, false), Set.of()));
        assertEquals(List.of(), check(new Requirements(0, false, 0, false, false), Set.of(), piece().by(P1).daysAgo(400).supports(),
                piece().by(P2).contradicts()));
    }

    @Test
    public void anIssueWithoutEvidenceIsToldSoOnceWhenAnythingIsAskedOfIt() {
        assertEquals(List.of(new Gap(GapKind.NO_EVIDENCE, 0, 0)), check(new Requirements(40, true, 2, true, false), Set.of()));
        // asking only for "no stale" and "no unanswered counter-evidence" of nothing: nothing is missing
        assertEquals(List.of(), check(new Requirements(0, true, 0, true, false), Set.of()));
        // retired evidence does not count
        assertEquals(List.of(new Gap(GapKind.NO_EVIDENCE, 0, 0)),
                check(new Requirements(10, false, 0, false, false), Set.of(), piece().by(P1).retired().supports()));
    }

    @Test
    public void staleSupportingEvidenceIsCountedCounterEvidenceIsNot() {
        // two stale interviews (400 and 366 days old), one fresh, and a stale contradicting piece
        List<Gap> gaps = check(new Requirements(0, true, 0, false, false), Set.of(),
                piece().by(P1).daysAgo(400).supports(), piece().by(P2).daysAgo(366).addresses(),
                piece().by(P3).daysAgo(10).supports(), piece().by(P3).daysAgo(500).contradicts());
        assertEquals(List.of(new Gap(GapKind.STALE_SUPPORT, 2, 0)), gaps);
    }

    @Test
    public void aReconfirmedPieceIsFreshAgain() {
        assertEquals(List.of(), check(new Requirements(0, true, 0, false, false), Set.of(),
                piece().by(P1).daysAgo(400).reconfirmedDaysAgo(3).supports()));
    }

    @Test
    public void participantsAreCountedOnceEachAndOnlyBehindTheSupport() {
        // P1 twice, P2 once in support; P3 only contradicts: 2 participants, 3 asked
        List<Gap> gaps = check(new Requirements(0, false, 3, false, false), Set.of(),
                piece().by(P1).supports(), piece().by(P1).supports(), piece().by(P2).addresses(), piece().by(P3).contradicts());
        assertEquals(List.of(new Gap(GapKind.FEW_PARTICIPANTS, 2, 3)), gaps);
    }

    @Test
    public void weakEvidenceNamesItsScoreAndTheMinimum() {
        AssessedEvidence one = piece().by(P1).supports();
        int score = StrengthRule.score(List.of(one)).score();
        assertEquals(List.of(new Gap(GapKind.WEAK, score, score + 1)), check(new Requirements(score + 1, false, 0, false, false), Set.of(), one));
        assertEquals(List.of(), check(new Requirements(score, false, 0, false, false), Set.of(), one));
    }

    @Test
    public void counterEvidenceWithANoteOnItsLinkIsAcknowledged() {
        AssessedEvidence answered = piece().by(P2).contradicts();
        AssessedEvidence open = piece().by(P3).contradicts();
        Requirements r = new Requirements(0, false, 0, true, false);
        assertEquals(List.of(new Gap(GapKind.UNANSWERED_COUNTER, 1, 0)),
                check(r, Set.of(answered.evidence().id()), piece().by(P1).supports(), answered, open));
        assertEquals(List.of(), check(r, Set.of(answered.evidence().id(), open.evidence().id()), piece().by(P1).supports(), answered, open));
    }

    @Test
    public void gapsComeMostSeriousFirst() {
        List<Gap> gaps = check(new Requirements(100, true, 5, true, true), Set.of(),
                piece().by(P1).daysAgo(400).supports(), piece().by(P2).contradicts());
        assertEquals(List.of(GapKind.WEAK, GapKind.FEW_PARTICIPANTS, GapKind.STALE_SUPPORT, GapKind.UNANSWERED_COUNTER),
                gaps.stream().map(Gap::kind).toList());
    }

    @Test
    public void requirementsRoundTripThroughDescriptorArgumentsAndAreBounded() {
        Requirements r = new Requirements(60, true, 3, false, true);
        assertEquals(r, Requirements.of(r.toArgs()));
        assertEquals(new Requirements(100, false, EvidenceCheck.MAX_PARTICIPANTS, false, false),
                Requirements.of(Map.of("minStrength", "250", "minParticipants", "99")));
        assertEquals(new Requirements(0, false, 0, false, false),
                Requirements.of(Map.of("minStrength", "lots", "noStaleSupport", "yes")));
    }
}
