package com.empathyevidence.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The shelf lives and aging threshold in force: the defaults, changed globally by an admin, and changed again per Jira
 * project. A project override replaces the global shelf life of that one source kind only; a project's aging
 * threshold replaces the global one (which replaces the default, 75 %). Worked example: global INTERVIEW 200 days and
 * aging 60 %, DEMO aging 90 % → DEMO's interviews are aging from day 180 (90 % of 200), BILL's from day 120.
 */
public final class FreshnessPolicies {

    private final Map<SourceKind, Integer> global;
    private final Map<String, Map<SourceKind, Integer>> perProject;
    /** The admin's global aging threshold (null: the default). */
    private final Integer globalAging;
    private final Map<String, Integer> projectAging;
    /** Policies are immutable, so each project's is built once (a panel or map asks once per piece of evidence). */
    private final Map<String, FreshnessPolicy> built = new java.util.concurrent.ConcurrentHashMap<>();
    private static final String GLOBAL = "\u0000global";

    public FreshnessPolicies(Map<SourceKind, Integer> global, Map<String, Map<SourceKind, Integer>> perProject) {
        this(global, perProject, null, Map.of());
    }

    /**
     * @param globalAging the global aging threshold in percent (null: the default)
     * @param projectAging projects' own aging thresholds in percent
     */
    public FreshnessPolicies(Map<SourceKind, Integer> global, Map<String, Map<SourceKind, Integer>> perProject,
                             Integer globalAging, Map<String, Integer> projectAging) {
        this.globalAging = globalAging;
        this.projectAging = Collections.unmodifiableMap(new HashMap<>(projectAging));
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
        Integer aging = projectKey == null ? null : projectAging.get(projectKey);
        if (aging == null) {
            aging = globalAging;
        }
        if (aging != null) {
            policy = policy.withAgingFromPercent(aging);
        }
        return policy;
    }

    /** The aging threshold set for this scope itself (projectKey null: the global one), or null when it inherits. */
    public Integer agingOverride(String projectKey) {
        return projectKey == null ? globalAging : projectAging.get(projectKey);
    }

    /** A change of the aging threshold of one scope: a percent sets it, null clears it (back to what it inherits). */
    public record AgingChange(Integer percent) {
    }

    /**
     * These policies with one scope changed: shelf lives (a number sets, null clears the override) and, when
     * {@code aging} is not null, the aging threshold. The values must be valid ({@link #validateShelfLife},
     * {@link #validateAging}). Nothing is stored: this is what saving would put in force.
     */
    public FreshnessPolicies changed(String projectKey, Map<SourceKind, Integer> shelfLives, AgingChange aging) {
        Map<SourceKind, Integer> newGlobal = new EnumMap<>(SourceKind.class);
        newGlobal.putAll(global);
        Map<String, Map<SourceKind, Integer>> newProjects = new HashMap<>(perProject);
        Map<SourceKind, Integer> scope = new EnumMap<>(SourceKind.class);
        scope.putAll(projectKey == null ? global : perProject.getOrDefault(projectKey, Map.of()));
        shelfLives.forEach((kind, days) -> {
            if (days == null) {
                scope.remove(kind);
            } else {
                scope.put(kind, days);
            }
        });
        if (projectKey == null) {
            newGlobal = scope;
        } else if (scope.isEmpty()) {
            newProjects.remove(projectKey);
        } else {
            newProjects.put(projectKey, scope);
        }
        Integer newGlobalAging = globalAging;
        Map<String, Integer> newProjectAging = new HashMap<>(projectAging);
        if (aging != null) {
            if (projectKey == null) {
                newGlobalAging = aging.percent();
            } else if (aging.percent() == null) {
                newProjectAging.remove(projectKey);
            } else {
                newProjectAging.put(projectKey, aging.percent());
            }
        }
        return new FreshnessPolicies(newGlobal, newProjects, newGlobalAging, newProjectAging);
    }

    /** The admin's global changes to the defaults. */
    public Map<SourceKind, Integer> globalOverrides() {
        return global;
    }

    public Map<SourceKind, Integer> projectOverrides(String projectKey) {
        return perProject.getOrDefault(projectKey, Map.of());
    }

    /** The projects that have shelf lives or an aging threshold of their own. */
    public java.util.Set<String> projectsWithOverrides() {
        java.util.Set<String> projects = new java.util.TreeSet<>(perProject.keySet());
        projects.addAll(projectAging.keySet());
        return projects;
    }

    /** The projects that have an aging threshold of their own, with it. */
    public Map<String, Integer> projectAgingOverrides() {
        return projectAging;
    }

    /**
     * The aging threshold an admin may set: a whole percent from {@link Limits#AGING_MIN_PERCENT} to
     * {@link Limits#AGING_MAX_PERCENT} (the message says why), or null to inherit.
     */
    public static void validateAging(String field, Integer percent) {
        if (percent != null && (percent < Limits.AGING_MIN_PERCENT || percent > Limits.AGING_MAX_PERCENT)) {
            new Validator().error(field, "empathy.validation.agingPercent", Limits.AGING_MIN_PERCENT, Limits.AGING_MAX_PERCENT).check();
        }
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
