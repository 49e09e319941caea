package com.empathyevidence.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The shelf lives in force: the defaults, changed globally by an admin, and changed again per Jira project.
 * A project override replaces the global shelf life of that one source kind only.
 */
public final class FreshnessPolicies {

    private final Map<SourceKind, Integer> global;
    private final Map<String, Map<SourceKind, Integer>> perProject;
    /** Policies are immutable, so each project's is built once (a panel or map asks once per piece of evidence). */
    private final Map<String, FreshnessPolicy> built = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String GLOBAL = "\u0000global";

    public FreshnessPolicies(Map<SourceKind, Integer> global, Map<String, Map<SourceKind, Integer>> perProject) {
        this.global = Collections.unmodifiableMap(global.isEmpty() ? new EnumMap<>(SourceKind.class) : new EnumMap<>(global));
        Map<String, Map<SourceKind, Integer>> copy = new HashMap<>();
        perProject.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(v.isEmpty() ? new EnumMap<>(SourceKind.class) : new EnumMap<>(v))));
        this.perProject = Collections.unmodifiableMap(copy);
    }

    public static FreshnessPolicies defaults() {
        return new FreshnessPolicies(Map.of(), Map.of());
    }

    /** The policy for evidence owned by a project (null: global only). */
    public FreshnessPolicy forProject(String projectKey) {
        return built.computeIfAbsent(projectKey == null ? GLOBAL : projectKey, k -> build(projectKey));
    }

    private FreshnessPolicy build(String projectKey) {
        FreshnessPolicy policy = FreshnessPolicy.defaults();
        for (Map.Entry<SourceKind, Integer> e : global.entrySet()) {
            policy = policy.withShelfLife(e.getKey(), e.getValue());
        }
        Map<SourceKind, Integer> project = projectKey == null ? null : perProject.get(projectKey);
        if (project != null) {
            for (Map.Entry<SourceKind, Integer> e : project.entrySet()) {
                policy = policy.withShelfLife(e.getKey(), e.getValue());
            }
        }
        return policy;
    }

    /** The admin's global changes to the defaults. */
    public Map<SourceKind, Integer> globalOverrides() {
        return global;
    }

    public Map<SourceKind, Integer> projectOverrides(String projectKey) {
        return perProject.getOrDefault(projectKey, Map.of());
    }

    /** The projects that have shelf lives of their own. */
    public java.util.Set<String> projectsWithOverrides() {
        return perProject.keySet();
    }

    public static void validateShelfLife(String field, Integer days) {
        Validator v = new Validator();
        if (days == null) {
            v.error(field, "empathy.validation.required");
        } else {
            v.range(field, days, Limits.SHELF_LIFE_MIN_DAYS, Limits.SHELF_LIFE_MAX_DAYS);
        }
        v.check();
    }
}
