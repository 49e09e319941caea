package com.empathyevidence.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A full replacement of a piece of evidence's editable fields, made against the version the editor started from. A
 * participant alias no one has yet creates the participant with {@code participantConsent} as answered.
 */
public record EvidenceChanges(String text, EvidenceKind kind, Section section, Source source, String participantAlias,
                              String personaKey, LocalDate observedOn, List<String> tags, int expectedVersion,
                              String updatedBy, boolean participantConsent) {

    /** Changes whose participant, should it be created, has consented. */
    public EvidenceChanges(String text, EvidenceKind kind, Section section, Source source, String participantAlias,
                           String personaKey, LocalDate observedOn, List<String> tags, int expectedVersion, String updatedBy) {
        this(text, kind, section, source, participantAlias, personaKey, observedOn, tags, expectedVersion, updatedBy, true);
    }

    public EvidenceChanges {
        tags = tags == null ? List.of() : NewEvidence.normaliseTags(tags);
    }

    public void validate(LocalDate today, String projectKey) {
        new NewEvidence(text, kind, section, source, participantAlias, null, personaKey, projectKey, observedOn, updatedBy, tags)
                .validate(today);
    }
}
