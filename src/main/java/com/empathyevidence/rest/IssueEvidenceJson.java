package com.empathyevidence.rest;

import com.empathyevidence.app.IssueEvidence;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Warning;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /issues/{key}/evidence}: what one issue rests on, as the caller may see it. */
public class IssueEvidenceJson {
    public String issueKey;
    public String summary;
    public StrengthJson strength;
    public List<WarningJson> warnings = new ArrayList<>();
    public List<EvidenceJson> evidence = new ArrayList<>();
    public List<LinkedItemJson> mapItems = new ArrayList<>();
    /** Linked evidence the caller may not see: counted, never shown. */
    public int hidden;

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
    }

    public static IssueEvidenceJson of(IssueEvidence issueEvidence) {
        IssueEvidenceJson json = new IssueEvidenceJson();
        json.issueKey = issueEvidence.issue().key();
        json.summary = issueEvidence.issue().summary();
        json.strength = StrengthJson.of(issueEvidence.strength());
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
            json.mapItems.add(i);
        }
        json.hidden = issueEvidence.hiddenCount();
        return json;
    }
}
