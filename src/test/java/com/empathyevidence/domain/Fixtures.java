package com.empathyevidence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concise construction of evidence for the rule tests. Every piece is assessed against the default shelf lives on
 * {@link #TODAY}, so a test states only what matters: source kind, participant, age, relation.
 *
 * <pre>
 * AssessedEvidence a = piece().kind(SourceKind.INTERVIEW).by(P1).daysAgo(10).supports();
 * </pre>
 */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final FreshnessPolicy DEFAULTS = FreshnessPolicy.defaults();
    private static final AtomicLong IDS = new AtomicLong(1000);

    private Fixtures() {
    }

    /** A participant with a segment (null or blank: no segment). */
    static Participant participant(long id, String alias, String segment) {
        return new Participant(id, alias, segment, null);
    }

    /** Participants P-001 … P-n, ids 1 … n, without segments. */
    static Participant[] participants(int n) {
        Participant[] result = new Participant[n];
        for (int i = 0; i < n; i++) {
            result[i] = participant(i + 1, String.format("P-%03d", i + 1), null);
        }
        return result;
    }

    static Builder piece() {
        return new Builder();
    }

    /** A piece of evidence; defaults: a fresh, active, unattributed interview quote observed today in project DEMO. */
    static final class Builder {
        private long id = IDS.incrementAndGet();
        private String text = "I re-key every line of the bank statement.";
        private EvidenceKind kind = EvidenceKind.QUOTE;
        private Section section = Section.SAYS;
        private SourceKind sourceKind = SourceKind.INTERVIEW;
        private Participant participant;
        private String personaKey = "ACCOUNTANT";
        private String projectKey = "DEMO";
        private LocalDate observedOn = TODAY;
        private LocalDate reconfirmedOn;
        private EvidenceStatus status = EvidenceStatus.ACTIVE;
        private String retiredReason;
        private List<String> tags = List.of();

        Builder id(long value) {
            id = value;
            return this;
        }

        Builder text(String value) {
            text = value;
            return this;
        }

        Builder observation() {
            kind = EvidenceKind.OBSERVATION;
            return this;
        }

        Builder section(Section value) {
            section = value;
            return this;
        }

        Builder kind(SourceKind value) {
            sourceKind = value;
            return this;
        }

        Builder by(Participant value) {
            participant = value;
            return this;
        }

        Builder persona(String value) {
            personaKey = value;
            return this;
        }

        Builder project(String value) {
            projectKey = value;
            return this;
        }

        Builder daysAgo(int days) {
            observedOn = TODAY.minusDays(days);
            return this;
        }

        Builder observedOn(LocalDate value) {
            observedOn = value;
            return this;
        }

        Builder reconfirmedDaysAgo(int days) {
            reconfirmedOn = TODAY.minusDays(days);
            return this;
        }

        Builder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        Builder retired() {
            status = EvidenceStatus.RETIRED;
            retiredReason = "Superseded";
            return this;
        }

        Evidence build() {
            Instant at = Instant.parse("2025-06-01T09:00:00Z");
            return new Evidence(id, text, kind, section, new Source(sourceKind, "Research round", null, null), participant,
                    personaKey, projectKey, observedOn, reconfirmedOn, tags, status, retiredReason, null, false,
                    "pm", at, "pm", at, 1);
        }

        /** Assessed with the default shelf lives on {@link #TODAY}, linked with the given relation (null: not linked). */
        AssessedEvidence as(Relation relation) {
            Evidence e = build();
            return new AssessedEvidence(e, e.freshness(DEFAULTS, TODAY), relation);
        }

        AssessedEvidence supports() {
            return as(Relation.SUPPORTS);
        }

        AssessedEvidence addresses() {
            return as(Relation.ADDRESSES);
        }

        AssessedEvidence contradicts() {
            return as(Relation.CONTRADICTS);
        }

        /** As backing of a map item: no relation. */
        AssessedEvidence backing() {
            return as(null);
        }
    }
}
