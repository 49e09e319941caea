package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.SourceKind;
import java.util.Map;
import jakarta.inject.Inject;

/** Freshness policy: everyone signed in may read it; administrators change it, globally or per project. */
@JiraComponent
public class PolicyService {

    private final EvidenceStore store;
    private final AccessPolicy access;
    private final EvidenceService evidence;
    private final IssueSummaries summaries;

    @Inject
    public PolicyService(EvidenceStore store, AccessPolicy access, EvidenceService evidence, IssueSummaries summaries) {
        this.store = store;
        this.access = access;
        this.evidence = evidence;
        this.summaries = summaries;
    }

    public FreshnessPolicies policies() {
        evidence.signedIn();
        return store.policies();
    }

    /**
     * Sets shelf lives: a number sets it, null clears an override. Keys are source kinds. With {@code aging} not
     * null, sets (a percent) or clears (null) the scope's aging threshold too. All or nothing.
     *
     * @param projectKey null for the global policy
     */
    public FreshnessPolicies set(String projectKey, Map<String, Integer> shelfLives, FreshnessPolicies.AgingChange aging) {
        String user = evidence.signedIn();
        if (!access.isAdmin()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.adminOnly");
        }
        if (projectKey != null && !access.canBrowseProject(projectKey)) {
            throw Problem.notFound("empathy.error.projectNotFound", projectKey);
        }
        Map<SourceKind, Integer> parsed = AdminService.parse(shelfLives);
        if (aging != null) {
            FreshnessPolicies.validateAging("agingFromPercent", aging.percent());
        }
        parsed.forEach((kind, days) -> store.setShelfLife(projectKey, kind, days, user));
        if (aging != null) {
            store.setAgingThreshold(projectKey, aging.percent(), user);
        }
        summaries.afterPolicyChange();
        return store.policies();
    }

    public FreshnessPolicies set(String projectKey, Map<String, Integer> shelfLives) {
        return set(projectKey, shelfLives, null);
    }
}
