package com.empathyevidence.app;

import java.util.Optional;

/**
 * The port through which the app asks the host who is looking and what they may see. The Jira adapter answers
 * with Jira's own permissions; nothing here knows of Atlassian.
 */
public interface AccessPolicy {

    /** The signed-in user's key; empty when anonymous. */
    Optional<String> currentUser();

    boolean isAdmin();

    /** The issue, when it exists and the current user may browse it; empty otherwise (the two are not told apart). */
    Optional<IssueRef> visibleIssue(String issueKey);

    /** True when the current user may browse the Jira project that owns a piece of evidence. */
    boolean canBrowseProject(String projectKey);
}
