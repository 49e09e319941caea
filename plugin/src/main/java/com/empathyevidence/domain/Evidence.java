package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * One observed fact from a real user.
 *
 * @param participant       who said or did it; null when not attributed to a participant
 * @param lastReconfirmedOn the latest "still true as of" date; null when never re-confirmed
 */
public record Evidence(long id, String text, EvidenceKind kind, Section section, Source source,
                       Participant participant, String personaKey, String projectKey, LocalDate observedOn,
                       LocalDate lastReconfirmedOn) {

    public FreshnessAssessment freshness(FreshnessPolicy policy, LocalDate today) {
        return FreshnessRule.assess(observedOn, lastReconfirmedOn, source.kind(), policy, today);
    }
}
