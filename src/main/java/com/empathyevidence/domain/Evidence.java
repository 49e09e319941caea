package com.empathyevidence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One observed fact from a real user: a verbatim quote or an observation.
 *
 * @param participant       who said or did it; null when not attributed to a participant
 * @param lastReconfirmedOn the latest "still true as of" date; null when never re-confirmed
 * @param redacted          the participant was erased: the text is gone for good
 * @param version           increases with every change; updates name the version they started from
 */
public record Evidence(long id, String text, EvidenceKind kind, Section section, Source source,
                       Participant participant, String personaKey, String projectKey, LocalDate observedOn,
                       LocalDate lastReconfirmedOn, List<String> tags, EvidenceStatus status, String retiredReason,
                       Long successorId, boolean redacted, String createdBy, Instant createdAt, String updatedBy,
                       Instant updatedAt, int version) {

    public Evidence {
        tags = tags == null ? List.of() : List.copyOf(tags);
        status = status == null ? EvidenceStatus.ACTIVE : status;
    }

    public FreshnessAssessment freshness(FreshnessPolicy policy, LocalDate today) {
        return FreshnessRule.assess(observedOn, lastReconfirmedOn, source.kind(), policy, today);
    }

    public boolean isActive() {
        return status == EvidenceStatus.ACTIVE;
    }

    /** The participant's alias, or null. */
    public String participantAlias() {
        return participant == null ? null : participant.alias();
    }
}
