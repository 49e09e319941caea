package com.atlassian.jira.issue;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/MutableIssue.html (no members stubbed: the plugin only reads it as an Issue)

public interface MutableIssue extends Issue {
}
