package com.empathyevidence.app;

/**
 * What the app needs to know of a Jira issue.
 *
 * @param statusCategory Jira's status category key ({@code new}, {@code indeterminate}, {@code done}); "" when unknown
 * @param resolvedOn     when it was resolved, or null while unresolved
 */
public record IssueRef(String key, String summary, String status, String projectKey, String statusCategory,
                       java.time.LocalDate resolvedOn) {

    public IssueRef(String key, String summary, String status, String projectKey) {
        this(key, summary, status, projectKey, "", null);
    }
}
