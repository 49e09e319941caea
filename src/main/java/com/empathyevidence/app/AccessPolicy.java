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

    /** The signed-in user's display name ("Alex Admin") as the host shows it; their key when the host has none. */
    default Optional<String> currentUserDisplayName() {
        return currentUser();
    }

    /** The issue, when it exists and the current user may browse it; empty otherwise (the two are not told apart). */
    Optional<IssueRef> visibleIssue(String issueKey);

    /** True when the current user may browse the Jira project that owns a piece of evidence. */
    boolean canBrowseProject(String projectKey);

    /** True when the current user may edit issues in the project: needed to add or change its evidence. */
    boolean canEditProject(String projectKey);

    /** True when the current user may edit the issue: needed to link or unlink evidence. */
    boolean canEditIssue(String issueKey);

    /**
     * True when a project with this key exists. Ask it only to word a message for someone who may know (an
     * administrator): it says nothing of whether the current user may see the project.
     */
    boolean projectExists(String projectKey);

    /** The keys of every project the current user may browse. */
    java.util.List<String> browsableProjects();

    /**
     * phasein (issue 16): true when the current user administers the project (Jira's {@code ADMINISTER_PROJECTS}).
     * False unless an adapter answers it: never kinder than the host.
     */
    default boolean canAdministerProject(String projectKey) {
        return false;
    }

    /**
     * validation (issue 17): true when the current user may create issues in the project (Jira's {@code CREATE_ISSUES}):
     * only then does the map offer "Create a validation task" there. False unless an adapter answers it.
     */
    default boolean canCreateIssues(String projectKey) {
        return false;
    }
}
