package com.empathyevidence.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A list of Jira project keys that limits which evidence a map draws on, as people type it: "DEMO, bill". Empty
 * means every project. Keys are upper-cased, de-duplicated and sorted, so equal filters have one spelling (the
 * macro's cache key relies on it).
 */
public record ProjectFilter(Set<String> keys) {

    public static final int MAX_PROJECTS = 20;

    public static final ProjectFilter ALL = new ProjectFilter(Set.of());

    /**
     * Parses a comma- or space-separated list.
     *
     * @throws Problem (invalid, field {@code field}) naming the first key that is not a Jira project key, or when
     *                 there are more than {@link #MAX_PROJECTS}
     */
    public static ProjectFilter parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        TreeSet<String> keys = new TreeSet<>();
        for (String token : value.split("[,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String key = token.toUpperCase(Locale.ROOT);
            if (!Limits.PROJECT_KEY.matcher(key).matches()) {
                throw Problem.invalid(List.of(new FieldError(field, "empathy.validation.projectsList", token)));
            }
            keys.add(key);
        }
        if (keys.size() > MAX_PROJECTS) {
            throw Problem.invalid(List.of(new FieldError(field, "empathy.validation.tooManyProjects", MAX_PROJECTS)));
        }
        return new ProjectFilter(Set.copyOf(keys));
    }

    public boolean isAll() {
        return keys.isEmpty();
    }

    /** "BILL,DEMO", or "" for every project: the query parameter and the cache key's spelling. */
    public String canonical() {
        return String.join(",", new TreeSet<>(keys));
    }
}
