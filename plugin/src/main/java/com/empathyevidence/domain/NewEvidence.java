package com.empathyevidence.domain;

import java.time.LocalDate;

/** What it takes to record a piece of evidence. The participant is found or created by alias. */
public record NewEvidence(String text, EvidenceKind kind, Section section, Source source, String participantAlias,
                          String participantSegment, String personaKey, String projectKey, LocalDate observedOn,
                          String createdBy) {
}
