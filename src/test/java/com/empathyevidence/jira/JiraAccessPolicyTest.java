package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Jira's permissions as the access policy reads them, with everything Jira's API can answer instead of a nice issue. */
public class JiraAccessPolicyTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final UserManager users = mock(UserManager.class);
    private final JiraAccessPolicy policy = new JiraAccessPolicy(authentication, permissions, issues, projects, users);

    private ApplicationUser signedIn(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.isActive()).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(user);
        return user;
    }

    private MutableIssue issue(String key, Project project) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn("Summary of " + key);
        when(issue.getProjectObject()).thenReturn(project);
        when(issues.getIssueObject(key)).thenReturn(issue);
        return issue;
    }

    private static Project project(String key) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key);
        return project;
    }

    @Test
    public void anonymousMayDoNothing() {
        assertEquals(Optional.empty(), policy.currentUser());
        assertFalse(policy.isAdmin());
        assertEquals(Optional.empty(), policy.visibleIssue("DEMO-1"));
        assertFalse(policy.canEditIssue("DEMO-1"));
        assertFalse(policy.canEditProject("DEMO"));
        assertFalse(policy.canBrowseProject("DEMO"));
        assertEquals(List.of(), policy.browsableProjects());
    }

    @Test
    public void aUserDeletedSinceTheSessionBeganIsNobody() {
        // Jira keeps the session of a user who was deleted; the user object then has no key any more
        ApplicationUser deleted = signedIn(null);
        when(permissions.hasPermission(any(), any(Project.class), eq(deleted))).thenReturn(true);
        assertEquals(Optional.empty(), policy.currentUser());
        assertFalse(policy.isAdmin());
        assertFalse(policy.canEditProject("DEMO"));
    }

    @Test
    public void aMissingIssueIsNotVisible() {
        signedIn("pm");
        when(issues.getIssueObject("DEMO-404")).thenReturn(null);
        assertEquals(Optional.empty(), policy.visibleIssue("DEMO-404"));
        assertFalse(policy.canEditIssue("DEMO-404"));
        assertEquals(Optional.empty(), policy.visibleIssue(null));
    }

    @Test
    public void anIssueWithoutItsProjectIsNotVisible() {
        ApplicationUser pm = signedIn("pm");
        Issue orphan = issue("DEMO-7", null);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, orphan, pm)).thenReturn(true);
        assertEquals(Optional.empty(), policy.visibleIssue("DEMO-7"));
    }

    @Test
    public void aVisibleIssueWithoutStatusStillReads() {
        ApplicationUser pm = signedIn("pm");
        Issue issue = issue("DEMO-1", project("DEMO"));
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, pm)).thenReturn(true);
        assertEquals("DEMO", policy.visibleIssue("DEMO-1").orElseThrow().projectKey());
        assertEquals("", policy.visibleIssue("DEMO-1").orElseThrow().status());
    }

    @Test
    public void aMissingProjectCannotBeBrowsedOrEdited() {
        signedIn("pm");
        assertFalse(policy.canBrowseProject("NOPE"));
        assertFalse(policy.canBrowseProject(null));
        assertFalse(policy.canEditProject("NOPE"));
    }

    @Test
    public void projectsJiraListsWithoutAKeyAreLeftOut() {
        ApplicationUser pm = signedIn("pm");
        Project demo = project("DEMO");
        Project keyless = project(null);
        when(projects.getProjectObjects()).thenReturn(Arrays.asList(demo, null, keyless));
        when(permissions.hasPermission(eq(ProjectPermissions.BROWSE_PROJECTS), any(Project.class), eq(pm))).thenReturn(true);
        assertEquals(List.of("DEMO"), policy.browsableProjects());
    }

    @Test
    public void aDatabaseFailureIsNeverTakenForAnAnswer() {
        // Jira's DataAccessException must not become "not found" or "no permission": it reaches the error mapper,
        // which answers the plain "Something went wrong on our side" message, and nothing is written
        signedIn("pm");
        when(issues.getIssueObject("DEMO-1")).thenThrow(new DataAccessException("connection lost"));
        assertThrows(DataAccessException.class, () -> policy.visibleIssue("DEMO-1"));
        assertThrows(DataAccessException.class, () -> policy.canEditIssue("DEMO-1"));
    }

    @Test
    public void anAdministratorIsAskedOfJiraByTheUsersKey() {
        signedIn("admin");
        when(users.isAdmin(new UserKey("admin"))).thenReturn(true);
        assertTrue(policy.isAdmin());
    }
}
