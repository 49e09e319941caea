package com.empathyevidence.rest;

import com.empathyevidence.app.AssessedEvidence;
import com.empathyevidence.domain.Evidence;

/** One piece of evidence on the wire, with its freshness today. Plain fields: any JSON binding reads it. */
public class EvidenceJson {
    public long id;
    public String text;
    public String kind;
    public String section;
    public String sourceKind;
    public String sourceTitle;
    public String sourceLink;
    public Integer sourceMomentSeconds;
    public String participantAlias;
    public String participantSegment;
    public String personaKey;
    public String projectKey;
    public String observedOn;
    public String lastReconfirmedOn;
    /** FRESH, AGING or STALE. */
    public String freshness;
    /** The date age counts from: observed or latest re-confirmation. */
    public String freshnessBasis;
    public boolean reconfirmed;
    public long ageDays;
    public String staleAfter;
    /** On an issue: ADDRESSES, SUPPORTS or CONTRADICTS; absent elsewhere. */
    public String relation;

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
        return json;
    }
}
