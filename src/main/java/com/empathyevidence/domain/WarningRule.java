package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        List<Warning> warnings = new ArrayList<>();
        int active = 0;
        int stale = 0;
        int retired = 0;
        int counter = 0;
        int staleCounter = 0;
        int supporting = 0;
        int turning = 0;
        LocalDate soonest = null;
        Set<String> supportingParticipants = new HashSet<>();
        boolean unattributedSupport = false;
        for (AssessedEvidence a : linked) {
            if (!a.evidence().isActive()) {
                retired++;
                continue;
            }
            active++;
            Freshness f = a.freshness().freshness();
            if (f == Freshness.STALE) {
                stale++;
            } else if (a.freshness().daysUntilStale(today) <= TURNING_STALE_DAYS) {
                turning++;
                LocalDate staleOn = a.freshness().staleAfter().plusDays(1);
                soonest = soonest == null || staleOn.isBefore(soonest) ? staleOn : soonest;
            }
            if (a.relation() == Relation.CONTRADICTS) {
                if (f != Freshness.STALE) {
                    counter++;
                } else {
                    staleCounter++;
                }
                continue;
            }
            supporting++;
            if (a.evidence().participant() == null) {
                unattributedSupport = true;
            } else {
                supportingParticipants.add(a.evidence().participant().alias());
            }
        }
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
        } else if (supporting > 1 && supportingParticipants.isEmpty()) {
            warnings.add(new Warning(Warning.Type.UNATTRIBUTED_EVIDENCE, supporting, null, active));
        } else if (supportingParticipants.size() == 1 && !unattributedSupport) {
            warnings.add(new Warning(Warning.Type.ONE_PARTICIPANT, 1, null, active));
        }
        if (turning > 0) {
            warnings.add(new Warning(Warning.Type.TURNING_STALE, turning, soonest, active));
        }
        warnings.sort(Comparator.comparing(Warning::type));
        return warnings;
    }
}
