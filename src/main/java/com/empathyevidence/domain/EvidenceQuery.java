package com.empathyevidence.domain;

import java.time.LocalDate;

/**
 * A search over evidence; null fields do not filter. Freshness is not a stored column, so it is filtered after the
 * query by the caller that knows the policy.
 *
 * @param text        words that must appear in the text (case-insensitive)
 * @param offset      paging start, from 0
 * @param limit       page size
 * @param projectKeys when not null, only evidence owned by one of these projects (or by none)
 * @param kind        when not null, only quotes or only observations
 */
public record EvidenceQuery(String text, String personaKey, Section section, SourceKind sourceKind, String projectKey,
                            String participantAlias, LocalDate observedFrom, LocalDate observedTo,
                            EvidenceStatus status, Sort sort, int offset, int limit, java.util.List<String> projectKeys,
                            EvidenceKind kind) {

    /** A query of any kind (quote or observation). */
    public EvidenceQuery(String text, String personaKey, Section section, SourceKind sourceKind, String projectKey,
                         String participantAlias, LocalDate observedFrom, LocalDate observedTo,
                         EvidenceStatus status, Sort sort, int offset, int limit, java.util.List<String> projectKeys) {
        this(text, personaKey, section, sourceKind, projectKey, participantAlias, observedFrom, observedTo, status, sort,
                offset, limit, projectKeys, null);
    }

    /** This query, of one kind only (null: any). */
    public EvidenceQuery ofKind(EvidenceKind only) {
        return new EvidenceQuery(text, personaKey, section, sourceKind, projectKey, participantAlias, observedFrom, observedTo,
                status, sort, offset, limit, projectKeys, only);
    }

    public EvidenceQuery(String text, String personaKey, Section section, SourceKind sourceKind, String projectKey,
                         String participantAlias, LocalDate observedFrom, LocalDate observedTo, EvidenceStatus status,
                         Sort sort, int offset, int limit) {
        this(text, personaKey, section, sourceKind, projectKey, participantAlias, observedFrom, observedTo, status, sort,
                offset, limit, null);
    }

    /** Sort orders the API offers. */
    public enum Sort { OBSERVED_DESC, OBSERVED_ASC, CREATED_DESC, CREATED_ASC }

    public static EvidenceQuery all() {
        return new EvidenceQuery(null, null, null, null, null, null, null, null, null, Sort.OBSERVED_DESC, 0, 100);
    }
}
