package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.empathyevidence.app.IssueEvidenceService;
import com.empathyevidence.app.Today;
import com.empathyevidence.storage.AoEvidenceStore;
import com.empathyevidence.testsupport.BundleI18nResolver;
import com.empathyevidence.view.Texts;
import com.empathyevidence.view.ViewRenderer;
import java.util.Map;
import org.junit.Test;

/**
 * The web panel when Jira fails underneath it: the issue page still renders and the panel says in words that its
 * evidence cannot be shown now; no exception reaches the host and nothing of the store is read half-way.
 */
public class EvidencePanelContextProviderTest {

    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final Texts texts = new Texts(BundleI18nResolver.fromClasspath());
    private final JiraAccessPolicy access = new JiraAccessPolicy(authentication, permissions, issues,
            mock(ProjectManager.class), mock(UserManager.class));
    private final EvidencePanelContextProvider provider = new EvidencePanelContextProvider(
            new EvidencePanelContext(new IssueEvidenceService(new AoEvidenceStore(ao), access, new Today()), access, texts,
                    new Today(), new ViewRenderer(mock(TemplateRenderer.class), texts)), texts);

    private Map<String, Object> render(String key) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        return provider.getContextMap(Map.of("issue", issue));
    }

    @Test
    public void jirasDatabaseFailingGivesThePanelAPlainMessage() {
        ApplicationUser pm = mock(ApplicationUser.class);
        when(pm.getKey()).thenReturn("pm");
        when(pm.isActive()).thenReturn(true);
        when(authentication.getLoggedInUser()).thenReturn(pm);
        when(issues.getIssueObject("DEMO-1")).thenThrow(new DataAccessException("Connection refused: database"));

        Map<String, Object> model = render("DEMO-1");

        assertEquals("The evidence for this issue can\u2019t be shown right now: Jira didn\u2019t answer in time. Reload the page "
                + "in a minute; if it keeps happening, ask your Jira administrator to check the logs.", model.get("panelMessage"));
        assertFalse("no half-built panel model", model.containsKey("panel"));
        verifyNoInteractions(ao);
    }

    @Test
    public void anIssueTheReaderMayNotSeeIsNotFoundNotAFailure() {
        // anonymous: the access policy answers "not visible", which is a message of its own, not the failure one
        Map<String, Object> model = render("DEMO-1");
        assertFalse(String.valueOf(model.get("panelMessage")).contains("can\u2019t be shown right now"));
    }
}
