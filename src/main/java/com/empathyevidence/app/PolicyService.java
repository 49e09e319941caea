package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Validator;
import java.util.LinkedHashMap;
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
     * Sets shelf lives: a number sets it, null clears an override. Keys are source kinds. All or nothing.
     *
     * @param projectKey null for the global policy
     */
    public FreshnessPolicies set(String projectKey, Map<String, Integer> shelfLives) {
        String user = evidence.signedIn();
        if (!access.isAdmin()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.adminOnly");
        }
        if (projectKey != null && !access.canBrowseProject(projectKey)) {
            throw Problem.notFound("empathy.error.projectNotFound", projectKey);
        }
        Validator v = new Validator();
        Map<SourceKind, Integer> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : shelfLives.entrySet()) {
            SourceKind kind = SourceKind.parse(e.getKey()).orElse(null);
            if (kind == null) {
                v.error(e.getKey(), "empathy.validation.sourceKind");
            } else {
                v.range(e.getKey(), e.getValue(), Limits.SHELF_LIFE_MIN_DAYS, Limits.SHELF_LIFE_MAX_DAYS);
                parsed.put(kind, e.getValue());
            }
        }
        v.check();
        parsed.forEach((kind, days) -> store.setShelfLife(projectKey, kind, days, user));
        summaries.afterPolicyChange();
        return store.policies();
    }
}
