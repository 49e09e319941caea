package com.empathyevidence.app;

import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.LinkedEvidence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;

/** The evidence behind one Jira issue, permission-checked: what the panel and the REST API show. */
@JiraComponent
public class IssueEvidenceService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;

    @Inject
    public IssueEvidenceService(EvidenceStore store, AccessPolicy access, Today today) {
        this.store = store;
        this.access = access;
        this.today = today;
    }

    public IssueEvidence forIssue(String issueKey) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        IssueRef issue = access.visibleIssue(issueKey)
                .orElseThrow(() -> new Problem(Problem.Kind.NOT_FOUND, "empathy.error.issueNotFound", issueKey));
        LocalDate now = today.get();
        FreshnessPolicy policy = FreshnessPolicy.defaults();
        Map<String, Boolean> projectVisible = new HashMap<>();
        List<AssessedEvidence> visible = new ArrayList<>();
        int hidden = 0;
        for (LinkedEvidence linked : store.linkedToIssue(issue.key())) {
            String project = linked.evidence().projectKey();
            boolean mayBrowse = project == null
                    || projectVisible.computeIfAbsent(project, access::canBrowseProject);
            if (mayBrowse) {
                visible.add(new AssessedEvidence(linked.evidence(), linked.evidence().freshness(policy, now), linked.relation()));
            } else {
                hidden++;
            }
        }
        return new IssueEvidence(issue, visible, hidden);
    }
}
