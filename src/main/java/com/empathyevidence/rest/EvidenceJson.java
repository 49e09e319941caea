package com.empathyevidence.rest;

import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import java.util.ArrayList;
import java.util.List;

/** One piece of evidence on the wire, with its freshness today. Plain fields: any JSON binding reads it. */
public class EvidenceJson {
    public long id;
    public String text;
    @ApiField(enumOf = com.empathyevidence.domain.EvidenceKind.class, example = "QUOTE")
    public String kind;
    @ApiField(enumOf = com.empathyevidence.domain.Section.class, example = "PAINS")
    public String section;
    @ApiField(enumOf = com.empathyevidence.domain.SourceKind.class, example = "INTERVIEW")
    public String sourceKind;
    public String sourceTitle;
    @ApiField(format = "uri", example = "https://research.example.com/sessions/42")
    public String sourceLink;
    public Integer sourceMomentSeconds;
    public String participantAlias;
    public String participantSegment;
    public String personaKey;
    public String projectKey;
    @ApiField(format = "date", example = "2026-11-02")
    public String observedOn;
    @ApiField(format = "date", example = "2026-11-02")
    public String lastReconfirmedOn;
    /** FRESH, AGING or STALE. */
    @ApiField(enumOf = com.empathyevidence.domain.Freshness.class, example = "FRESH")
    public String freshness;
    /** The date age counts from: observed or latest re-confirmation. */
    @ApiField(format = "date", example = "2026-11-02")
    public String freshnessBasis;
    public boolean reconfirmed;
    public long ageDays;
    @ApiField(format = "date", example = "2026-11-02")
    public String staleAfter;
    /** On an issue: ADDRESSES, SUPPORTS or CONTRADICTS; absent elsewhere. */
    @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
    public String relation;
    public List<String> tags = new ArrayList<>();
    /** ACTIVE or RETIRED. */
    @ApiField(enumOf = com.empathyevidence.domain.EvidenceStatus.class, example = "ACTIVE")
    public String status;
    public String retiredReason;
    public Long successorId;
    /** True when the participant was erased: the text is a redaction marker. */
    public boolean redacted;
    public String createdBy;
    @ApiField(format = "date-time", example = "2026-11-02T09:30:00Z")
    public String createdAt;
    public String updatedBy;
    @ApiField(format = "date-time", example = "2026-11-02T09:30:00Z")
    public String updatedAt;
    /** Send it back with an update: a change made since then is a 409, never silently overwritten. */
    public int version;

    public static EvidenceJson of(AssessedEvidence assessed) {
        Evidence e = assessed.evidence();
        EvidenceJson json = new EvidenceJson();
        json.id = e.id();
        json.text = e.text();
        json.kind = e.kind().name();
        json.section = e.section().name();
        json.sourceKind = e.source().kind().name();
        json.sourceTitle = e.source().title();
        json.sourceLink = e.source().link();
        json.sourceMomentSeconds = e.source().momentSeconds();
        if (e.participant() != null) {
            json.participantAlias = e.participant().alias();
            json.participantSegment = e.participant().segment();
        }
        json.personaKey = e.personaKey();
        json.projectKey = e.projectKey();
        json.observedOn = e.observedOn().toString();
        json.lastReconfirmedOn = e.lastReconfirmedOn() == null ? null : e.lastReconfirmedOn().toString();
        json.freshness = assessed.freshness().freshness().name();
        json.freshnessBasis = assessed.freshness().basisDate().toString();
        json.reconfirmed = assessed.freshness().reconfirmed();
        json.ageDays = assessed.freshness().ageDays();
        json.staleAfter = assessed.freshness().staleAfter().toString();
        json.relation = assessed.relation() == null ? null : assessed.relation().name();
        json.tags = new ArrayList<>(e.tags());
        json.status = e.status().name();
        json.retiredReason = e.retiredReason();
        json.successorId = e.successorId();
        json.redacted = e.redacted();
        json.createdBy = e.createdBy();
        json.createdAt = e.createdAt() == null ? null : e.createdAt().toString();
        json.updatedBy = e.updatedBy();
        json.updatedAt = e.updatedAt() == null ? null : e.updatedAt().toString();
        json.version = e.version();
        return json;
    }
}
