package com.empathyevidence.domain;

import static com.empathyevidence.domain.Fixtures.TODAY;
import static com.empathyevidence.domain.Fixtures.participant;
import static com.empathyevidence.domain.Fixtures.piece;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.Test;

/**
 * The counts the strength and warnings are judged on ({@link IssueTallies}), with a worked example: what the store's
 * aggregate queries must answer for the same pieces (PanelAggregatesContract compares both on H2 and PostgreSQL).
 */
public class IssueTalliesTest {

    private static final Participant ANA = participant(1, "P-001", "SMB");
    private static final Participant BEN = participant(2, "P-002", "Enterprise");

    @Test
    public void aWorkedExample() {
        // interviews have a shelf life of 365 days: 274 days is AGING (≥ 273.75), 340 days turns stale in 26 days
        List<AssessedEvidence> linked = List.of(
                piece().by(ANA).daysAgo(10).supports(),                                  // fresh interview, Ana
                piece().by(ANA).daysAgo(274).addresses(),                                // aging interview, Ana again
                piece().by(BEN).kind(SourceKind.SUPPORT_TICKET).daysAgo(170).supports(), // aging ticket (180 days), stale in 11 days
                piece().daysAgo(340).supports(),                                         // unattributed, stale in 26 days
                piece().by(BEN).daysAgo(400).contradicts(),                              // stale counter-evidence
                piece().contradicts(),                                                   // fresh, unattributed counter-evidence
                piece().by(ANA).retired().supports());                                   // retired: counted as such only
        IssueTallies t = IssueTallies.of(linked, TODAY);
        assertEquals(new IssueTallies(
                4, 2, 2, 2, 10 + 5 + 5 + 5, 8 + 8 + 5 + 8, 2,
                6, 1, 1, 1, 1, 4, 2, true, 2, TODAY.plusDays(11),
                3, 1, 0, 3, 0), t); // voices Ana, Ben, the unattributed piece; the ticket is weak; three supporting pieces aging
        assertEquals(StrengthRule.score(linked), StrengthRule.score(t));
        assertEquals(WarningRule.evaluate(linked, TODAY), WarningRule.evaluate(t));
        assertEquals(ConfidenceRule.grade(linked, Set.of()), ConfidenceRule.grade(StrengthRule.score(t), t));
        // about the freelancer: all four supporting pieces (the fixtures' accountant) are off-persona
        IssueTallies freelancer = IssueTallies.of(linked, TODAY, Set.of("FREELANCER"));
        assertEquals(4, freelancer.offPersona());
        assertEquals(0, IssueTallies.of(linked, TODAY, Set.of("ACCOUNTANT", "FREELANCER")).offPersona());
        assertEquals(ConfidenceRule.grade(linked, Set.of("FREELANCER")), ConfidenceRule.grade(StrengthRule.score(freelancer), freelancer));
    }

    @Test
    public void nothingLinked() {
        assertEquals(new IssueTallies(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, null, 0, 0, 0, 0, 0), IssueTallies.of(List.of(), TODAY));
    }
}
