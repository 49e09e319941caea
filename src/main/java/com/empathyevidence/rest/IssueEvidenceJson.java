package com.empathyevidence.rest;

import com.empathyevidence.app.IssueEvidence;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /issues/{key}/evidence}: what one issue rests on, as the caller may see it. The strength and warnings are
 * the issue's own, from all of its active evidence (the same as the issue property {@code empathy.evidence}), whoever
 * calls; the lists hold only what the caller may see, and {@code hidden} counts the rest.
 */
public class IssueEvidenceJson {
    public String issueKey;
    public String summary;
    public StrengthJson strength;
    /** Confidence as GRADE-CERQual grades it, from the same evidence as the strength (docs/evidence-strength.md, section 7). */
    public ConfidenceJson confidence;
    public List<WarningJson> warnings = new ArrayList<>();
    public List<EvidenceJson> evidence = new ArrayList<>();
    public List<LinkedItemJson> mapItems = new ArrayList<>();
    /** Linked evidence the caller may not see: counted, never shown. */
    public int hidden;
    /** Successors of retired evidence in {@code evidence} that the caller may see and that this issue does not link. */
    public List<EvidenceJson> successors = new ArrayList<>();

    /** A map item linked to the issue. */
    public static class LinkedItemJson {
        public long id;
        public String personaKey;
        @ApiField(enumOf = com.empathyevidence.domain.Section.class, example = "PAINS")
        public String section;
        public String statement;
        @ApiField(enumOf = com.empathyevidence.domain.Relation.class, example = "SUPPORTS")
        public String relation;
        public RollupJson rollup;
        /** Active evidence backing this item that the caller may not see: counted, never shown. */
        public int hidden;
    }

    public static IssueEvidenceJson of(IssueEvidence issueEvidence) {
        IssueEvidenceJson json = new IssueEvidenceJson();
        json.issueKey = issueEvidence.issue().key();
        json.summary = issueEvidence.issue().summary();
        json.strength = StrengthJson.of(issueEvidence.strength());
        json.confidence = ConfidenceJson.of(issueEvidence.confidence());
        for (Warning w : issueEvidence.warnings()) {
            json.warnings.add(WarningJson.of(w));
        }
        for (AssessedEvidence e : issueEvidence.evidence()) {
            json.evidence.add(EvidenceJson.of(e));
        }
        for (IssueEvidence.LinkedItem item : issueEvidence.mapItems()) {
            LinkedItemJson i = new LinkedItemJson();
            i.id = item.item().id();
            i.personaKey = item.item().personaKey();
            i.section = item.item().section().name();
            i.statement = item.item().statement();
            i.relation = item.relation().name();
            i.rollup = RollupJson.of(item.rollup());
            i.hidden = item.hiddenBacking();
            json.mapItems.add(i);
        }
        json.hidden = issueEvidence.hiddenCount();
        for (AssessedEvidence e : issueEvidence.successors()) {
            json.successors.add(EvidenceJson.of(e));
        }
        return json;
    }
}
