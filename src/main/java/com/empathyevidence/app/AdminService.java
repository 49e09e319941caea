package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
import com.empathyevidence.domain.FreshnessPolicy;
import com.empathyevidence.domain.FreshnessShift;
import com.empathyevidence.domain.Limits;
import com.empathyevidence.domain.Problem;
import com.empathyevidence.domain.SourceKind;
import com.empathyevidence.domain.Validator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jakarta.inject.Inject;

/** The app configuration page's use cases: administrators only. */
@JiraComponent
public class AdminService {

    public static final int PAGE_SIZE = 20;
    public static final int ERASURES_SHOWN = 20;

    private final AdminStore admin;
    private final EvidenceStore store;
    private final AccessPolicy access;
    private final Today today;

    @Inject
    public AdminService(AdminStore admin, EvidenceStore store, AccessPolicy access, Today today) {
        this.admin = admin;
        this.store = store;
        this.access = access;
        this.today = today;
    }

    /** Whether the current user may use the configuration page (Jira: a system administrator). */
    public boolean allowed() {
        return access.currentUser().isPresent() && access.isAdmin();
    }

    private void requireAdmin() {
        if (access.currentUser().isEmpty()) {
            throw new Problem(Problem.Kind.NOT_SIGNED_IN, "empathy.error.notSignedIn");
        }
        if (!access.isAdmin()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "empathy.error.adminOnly");
        }
    }

    /**
     * What saving these shelf lives would do, before saving: counted over aggregate counts (one per changed source
     * kind), by the rule {@link FreshnessShift}. Keys are source kinds; null restores the default.
     *
     * @param projectKey null for the global policy (projects with their own shelf life for a kind are not affected)
     */
    public FreshnessShift.Effect effect(String projectKey, Map<String, Integer> shelfLives) {
        requireAdmin();
        if (projectKey != null && !access.canBrowseProject(projectKey)) {
            throw Problem.notFound("empathy.error.projectNotFound", projectKey);
        }
        Validator v = new Validator();
        FreshnessPolicies policies = store.policies();
        FreshnessPolicy before = policies.forProject(projectKey);
        FreshnessPolicy after = before;
        FreshnessPolicy base = projectKey == null ? FreshnessPolicy.defaults() : policies.forProject(null);
        for (Map.Entry<String, Integer> e : shelfLives.entrySet()) {
            SourceKind kind = SourceKind.parse(e.getKey()).orElse(null);
            if (kind == null) {
                v.error(e.getKey(), "empathy.validation.sourceKind");
            } else if (e.getValue() == null) {
                after = after.withShelfLife(kind, base.shelfLifeDays(kind));
            } else {
                v.range(e.getKey(), e.getValue(), Limits.SHELF_LIFE_MIN_DAYS, Limits.SHELF_LIFE_MAX_DAYS);
                if (e.getValue() >= Limits.SHELF_LIFE_MIN_DAYS && e.getValue() <= Limits.SHELF_LIFE_MAX_DAYS) {
                    after = after.withShelfLife(kind, e.getValue());
                }
            }
        }
        v.check();
        return FreshnessShift.effect(FreshnessShift.windows(before, after, today.get()), w -> {
            Set<String> except = new HashSet<>();
            if (projectKey == null) {
                for (String project : policies.projectsWithOverrides()) {
                    if (policies.projectOverrides(project).containsKey(w.kind())) {
                        except.add(project);
                    }
                }
            }
            return admin.countObserved(w.kind(), projectKey, except, w.from(), w.until());
        });
    }

    /** One page of participants matching {@code q}. */
    public AdminStore.ParticipantPage participants(String q, int start) {
        requireAdmin();
        return admin.participants(q, Math.max(0, start), PAGE_SIZE);
    }

    /** The latest erasures: who and when. */
    public java.util.List<AdminStore.Erasure> erasures() {
        requireAdmin();
        return admin.erasures(ERASURES_SHOWN);
    }
}
