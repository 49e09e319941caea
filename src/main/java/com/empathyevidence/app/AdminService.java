package com.empathyevidence.app;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.domain.FreshnessPolicies;
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
     * What saving these shelf lives and aging threshold would do, before saving: counted over aggregate counts (one
     * per window), by the rule {@link FreshnessShift}. Keys are source kinds; null restores the default.
     *
     * @param projectKey null for the global policy (projects with a policy of their own are counted by theirs)
     * @param aging null: the aging threshold is not changed
     */
    public FreshnessShift.Effect effect(String projectKey, Map<String, Integer> shelfLives, FreshnessPolicies.AgingChange aging) {
        requireAdmin();
        if (projectKey != null && !access.canBrowseProject(projectKey)) {
            throw Problem.notFound("empathy.error.projectNotFound", projectKey);
        }
        FreshnessPolicies before = store.policies();
        FreshnessPolicies after = before.changed(projectKey, parse(shelfLives), aging);
        Set<String> own = new HashSet<>(before.projectsWithOverrides());
        own.addAll(after.projectsWithOverrides());
        return FreshnessShift.effect(FreshnessShift.windows(before, after, projectKey, today.get()),
                w -> admin.countObserved(w.kind(), w.projectKey(), w.projectKey() == null ? own : Set.of(), w.from(), w.until()));
    }

    /** Source kind names to days (null: back to the default), checked: all field errors at once. */
    public static Map<SourceKind, Integer> parse(Map<String, Integer> shelfLives) {
        Validator v = new Validator();
        Map<SourceKind, Integer> parsed = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Integer> e : shelfLives.entrySet()) {
            SourceKind kind = SourceKind.parse(e.getKey()).orElse(null);
            if (kind == null) {
                v.error(e.getKey(), "empathy.validation.sourceKind");
            } else {
                if (e.getValue() != null) {
                    v.range(e.getKey(), e.getValue(), Limits.SHELF_LIFE_MIN_DAYS, Limits.SHELF_LIFE_MAX_DAYS);
                }
                parsed.put(kind, e.getValue());
            }
        }
        v.check();
        return parsed;
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
