package com.empathyevidence.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.empathyevidence.app.AccessPolicy;
import com.empathyevidence.app.IssueRef;
import java.util.Optional;
import jakarta.inject.Inject;

/** Answers the app's access questions with Jira's own permissions: browse on the issue and on projects. */
@JiraComponent
public class JiraAccessPolicy implements AccessPolicy {

    private final JiraAuthenticationContext authentication;
    private final PermissionManager permissions;
    private final IssueManager issues;
    private final ProjectManager projects;
    private final UserManager users;

    @Inject
    public JiraAccessPolicy(@JiraImport JiraAuthenticationContext authentication,
                            @JiraImport PermissionManager permissions,
                            @JiraImport IssueManager issues,
                            @JiraImport ProjectManager projects,
                            @JiraImport("salUserManager") UserManager users) {
        this.authentication = authentication;
        this.permissions = permissions;
        this.issues = issues;
        this.projects = projects;
        this.users = users;
    }

    /**
     * The signed-in user, or null: also null for a user deleted since their session began (Jira keeps the session,
     * the user object has no key any more), who may then do nothing.
     */
    private ApplicationUser signedIn() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user == null || user.getKey() == null || user.getKey().isEmpty() ? null : user;
    }

    @Override
    public Optional<String> currentUser() {
        ApplicationUser user = signedIn();
        return user == null ? Optional.empty() : Optional.of(user.getKey());
    }

    @Override
    public Optional<String> currentUserDisplayName() {
        ApplicationUser user = signedIn();
        if (user == null) {
            return Optional.empty();
        }
        String name = user.getDisplayName();
        return Optional.of(name == null || name.isBlank() ? user.getKey() : name);
    }

    @Override
    public boolean isAdmin() {
        ApplicationUser user = signedIn();
        return user != null && users.isAdmin(new UserKey(user.getKey()));
    }

    @Override
    public Optional<IssueRef> visibleIssue(String issueKey) {
        ApplicationUser user = signedIn();
        if (user == null || issueKey == null) {
            return Optional.empty();
        }
        Issue issue = issues.getIssueObject(issueKey);
        if (issue == null || !permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user)) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        if (project == null || project.getKey() == null) {
            return Optional.empty(); // an issue Jira cannot place in a project: its project's rules cannot be checked
        }
        Status status = issue.getStatus();
        String category = status == null || status.getStatusCategory() == null || status.getStatusCategory().getKey() == null
                ? "" : status.getStatusCategory().getKey();
        java.sql.Timestamp resolved = issue.getResolutionDate();
        return Optional.of(new IssueRef(issue.getKey(), issue.getSummary(), status == null ? "" : status.getName(), project.getKey(),
                category, resolved == null ? null : resolved.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate()));
    }

    @Override
    public boolean canEditProject(String projectKey) {
        ApplicationUser user = signedIn();
        Project project = user == null || projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, user);
    }

    @Override
    public boolean canCreateIssues(String projectKey) {
        ApplicationUser user = signedIn();
        Project project = user == null || projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, user);
    }

    @Override
    public boolean canEditIssue(String issueKey) {
        ApplicationUser user = signedIn();
        Issue issue = user == null || issueKey == null ? null : issues.getIssueObject(issueKey);
        return issue != null && permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, user);
    }

    @Override
    public java.util.List<String> browsableProjects() {
        ApplicationUser user = signedIn();
        java.util.List<String> keys = new java.util.ArrayList<>();
        if (user != null) {
            for (Project project : projects.getProjectObjects()) {
                if (project != null && project.getKey() != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)) {
                    keys.add(project.getKey());
                }
            }
        }
        return keys;
    }

    @Override
    public boolean projectExists(String projectKey) {
        return projectKey != null && projects.getProjectObjByKey(projectKey) != null;
    }

    @Override
    public boolean canBrowseProject(String projectKey) {
        ApplicationUser user = signedIn();
        if (user == null || projectKey == null) {
            return false;
        }
        Project project = projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user);
    }

    /** phasein (issue 16): Jira's project administration permission. */
    @Override
    public boolean canAdministerProject(String projectKey) {
        ApplicationUser user = signedIn();
        Project project = user == null || projectKey == null ? null : projects.getProjectObjByKey(projectKey);
        return project != null && permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user);
    }
}
