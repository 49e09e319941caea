package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceCheck;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.LinkedEvidence;
import com.empathyevidence.domain.Relation;
import com.empathyevidence.domain.WorkflowPass;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * The workflow evidence check for one issue (the rule is {@link EvidenceCheck}): reads what the issue rests on (all of
 * it, whoever takes the transition: the same figures as the panel's strength), which counter-evidence is acknowledged
 * (its CONTRADICTS link has a note), and keeps warn-only passes.
 */
@JiraComponent
public class EvidenceCheckService {

    private final EvidenceStore store;
    private final Today today;
    private final WorkflowPasses passes;

    @Inject
    public EvidenceCheckService(EvidenceStore store, Today today, WorkflowPasses passes) {
        this.store = store;
        this.today = today;
        this.passes = passes;
    }

    public List<EvidenceCheck.Gap> check(String issueKey, EvidenceCheck.Requirements requirements) {
        EvidenceStore.IssueLinks links = store.linkedToIssue(issueKey);
        Set<Long> acknowledged = new HashSet<>();
        for (LinkedEvidence linked : links.evidence()) {
            if (linked.relation() == Relation.CONTRADICTS && linked.note() != null && !linked.note().isBlank()) {
                acknowledged.add(linked.evidence().id());
            }
        }
        for (EvidenceStore.LinkedMapItem item : links.mapItems()) {
            String note = item.link().note();
            if (item.link().relation() == Relation.CONTRADICTS && note != null && !note.isBlank()) {
                item.backing().stream().map(Evidence::id).forEach(acknowledged::add);
            }
        }
        return EvidenceCheck.check(requirements, IssueEvidenceService.allLinked(links, store.policies(), today.get()), acknowledged);
    }

    /** Records that a transition passed in warn-only mode although these were missing. */
    public void recordPass(String issueKey, String transition, String userKey, List<EvidenceCheck.Gap> gaps) {
        passes.record(new WorkflowPass(issueKey, transition, userKey, Instant.now(), gaps.stream().map(EvidenceCheck.Gap::kind).toList()));
    }

    /** The issue's latest warn-only passes, newest first. */
    public List<WorkflowPass> passes(String issueKey) {
        return passes.forIssue(issueKey, 5);
    }
}
