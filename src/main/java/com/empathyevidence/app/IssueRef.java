package com.empathyevidence.app;

/** What the app needs to know of a Jira issue. */
public record IssueRef(String key, String summary, String status, String projectKey) {
}
