package com.empathyevidence.rest;

import com.empathyevidence.app.AssessedEvidence;
import com.empathyevidence.app.IssueEvidence;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /issues/{key}/evidence}: what one issue rests on, as the caller may see it. */
public class IssueEvidenceJson {
    public String issueKey;
    public String summary;
    public List<EvidenceJson> evidence = new ArrayList<>();
    /** Linked evidence the caller may not see: counted, never shown. */
    public int hidden;

    public static IssueEvidenceJson of(IssueEvidence issueEvidence) {
        IssueEvidenceJson json = new IssueEvidenceJson();
        json.issueKey = issueEvidence.issue().key();
        json.summary = issueEvidence.issue().summary();
        for (AssessedEvidence e : issueEvidence.evidence()) {
            json.evidence.add(EvidenceJson.of(e));
        }
        json.hidden = issueEvidence.hiddenCount();
        return json;
    }
}
