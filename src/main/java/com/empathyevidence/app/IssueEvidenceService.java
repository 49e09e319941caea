package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.AssessedEvidence;
import com.empathyevidence.domain.Evidence;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.LinkedEvidence;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.RollupRule;
import com.empathyevidence.domain.StrengthRule;
import com.empathyevidence.domain.WarningRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;

/**
 * The evidence behind one Jira issue, permission-checked: what the panel and the REST API show. A fixed number of
 * store queries per issue, whatever the number of links.
 */
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
        IssueRef issue = visibleIssue(issueKey);
        LocalDate now = today.get();
        FreshnessPolicies policies = store.policies();
        EvidenceStore.IssueLinks links = store.linkedToIssue(issue.key());
        Visibility visibility = new Visibility(access);
        List<AssessedEvidence> visible = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int hidden = 0;
        for (LinkedEvidence linked : links.evidence()) {
            seen.add(linked.evidence().id());
            if (visibility.canSee(linked.evidence())) {
                visible.add(assess(linked.evidence(), policies, now, linked.relation()));
            } else {
                hidden++;
            }
        }
        List<IssueEvidence.LinkedItem> items = new ArrayList<>();
        for (EvidenceStore.LinkedMapItem linked : links.mapItems()) {
            List<AssessedEvidence> backing = new ArrayList<>();
            for (Evidence e : linked.backing()) {
                if (!visibility.canSee(e)) {
                    if (seen.add(e.id())) {
                        hidden++;
                    }
                    continue;
                }
                AssessedEvidence assessed = assess(e, policies, now, linked.link().relation());
                backing.add(assessed);
                if (seen.add(e.id())) {
                    visible.add(assessed);
                }
            }
            items.add(new IssueEvidence.LinkedItem(linked.item(), linked.link().relation(), RollupRule.rollup(backing)));
        }
        return new IssueEvidence(issue, visible, items, hidden, StrengthRule.score(visible), WarningRule.evaluate(visible, now));
    }

    IssueRef visibleIssue(String issueKey) {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        return access.visibleIssue(issueKey).orElseThrow(() -> Problem.notFound("empathy.error.issueNotFound", issueKey));
    }

    static AssessedEvidence assess(Evidence e, FreshnessPolicies policies, LocalDate today, com.empathyevidence.domain.Relation relation) {
        return new AssessedEvidence(e, e.freshness(policies.forProject(e.projectKey()), today), relation);
    }

    /** Browse permission per owning project, asked once per project per request. */
    static final class Visibility {
        private final AccessPolicy access;
        private final Map<String, Boolean> projects = new HashMap<>();

        Visibility(AccessPolicy access) {
            this.access = access;
        }

        boolean canSee(Evidence e) {
            return e.projectKey() == null || projects.computeIfAbsent(e.projectKey(), access::canBrowseProject);
        }
    }
}
