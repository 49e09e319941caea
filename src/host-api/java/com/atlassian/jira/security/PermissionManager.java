package com.atlassian.jira.security;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (subset: the two ProjectPermissionKey checks this plugin calls)

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

public interface PermissionManager {

    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
