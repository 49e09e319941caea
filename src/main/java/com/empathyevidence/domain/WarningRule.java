package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Issue warnings, in one place, most serious first, one per fact (docs/evidence-strength.md, section 3):
 * NO_EVIDENCE (nothing active is linked), ALL_STALE (everything active is stale), COUNTER_EVIDENCE (contradicting
 * evidence that is not stale), STALE_COUNTER_EVIDENCE (contradicting evidence that went stale: still
 * counter-evidence, to be checked again), RETIRED_LINKED (linked evidence was retired), THIN_EVIDENCE (nothing, or
 * one single piece, supports the issue), UNATTRIBUTED_EVIDENCE (several supporting pieces, none from an identified
 * participant), ONE_PARTICIPANT (all supporting evidence comes from one person), SOME_STALE (some, not all, active
 * evidence is stale), TURNING_STALE (active evidence turns stale within {@value #TURNING_STALE_DAYS} days).
 */
public final class WarningRule {

    public static final int TURNING_STALE_DAYS = 30;

    private WarningRule() {
    }

    public static List<Warning> evaluate(List<AssessedEvidence> linked, LocalDate today) {
        return evaluate(IssueTallies.of(linked, today));
    }

    /** The warnings from the issue's tallies (the same counts the pieces give, see {@link IssueTallies}). */
    public static List<Warning> evaluate(IssueTallies t) {
        List<Warning> warnings = new ArrayList<>();
        int active = t.active();
        int stale = t.stale();
        int retired = t.retired();
        int counter = t.counter();
        int staleCounter = t.staleCounter();
        int supporting = t.supporting();
        int turning = t.turning();
        LocalDate soonest = t.soonestStale();
        int supportingParticipants = t.supportingParticipants();
        boolean unattributedSupport = t.unattributedSupport();
        if (active == 0) {
            warnings.add(new Warning(Warning.Type.NO_EVIDENCE, 0, null, 0));
        } else if (stale == active) {
            warnings.add(new Warning(Warning.Type.ALL_STALE, stale, null, active));
        } else if (stale > 0) {
            warnings.add(new Warning(Warning.Type.SOME_STALE, stale, null, active));
        }
        if (counter > 0) {
            warnings.add(new Warning(Warning.Type.COUNTER_EVIDENCE, counter, null, active));
        }
        if (staleCounter > 0) {
            warnings.add(new Warning(Warning.Type.STALE_COUNTER_EVIDENCE, staleCounter, null, active));
        }
        if (retired > 0) {
            warnings.add(new Warning(Warning.Type.RETIRED_LINKED, retired, null, active));
        }
        if (active > 0 && supporting <= 1) {
            // Nothing, or one single piece, supports it: the one fact to tell (not also "one participant").
            warnings.add(new Warning(Warning.Type.THIN_EVIDENCE, supporting, null, active));
        } else if (supporting > 1 && supportingParticipants == 0) {
            warnings.add(new Warning(Warning.Type.UNATTRIBUTED_EVIDENCE, supporting, null, active));
        } else if (supportingParticipants == 1 && !unattributedSupport) {
            warnings.add(new Warning(Warning.Type.ONE_PARTICIPANT, 1, null, active));
        }
        if (turning > 0) {
            warnings.add(new Warning(Warning.Type.TURNING_STALE, turning, soonest, active));
        }
        warnings.sort(Comparator.comparing(Warning::type));
        return warnings;
    }
}
