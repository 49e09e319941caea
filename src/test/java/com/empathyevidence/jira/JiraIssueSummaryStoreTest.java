package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.entity.property.EntityProperty;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.empathyevidence.app.IssueSummary;
import java.util.Optional;
import org.junit.Test;

/** The evidence summary as a Jira issue property, and the reindex after it, when Jira does not play along. */
public class JiraIssueSummaryStoreTest {

    private final JsonEntityPropertyManager properties = mock(JsonEntityPropertyManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final IssueIndexingService indexing = mock(IssueIndexingService.class);
    private final JiraIssueSummaryStore store = new JiraIssueSummaryStore(properties, issues, indexing);

    private MutableIssue issue(String key, long id) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getId()).thenReturn(id);
        when(issues.getIssueObject(key)).thenReturn(issue);
        return issue;
    }

    @Test
    public void aDeletedIssueHasNoSummaryAndGetsNone() throws Exception {
        assertEquals(Optional.empty(), store.read("DEMO-404"));
        store.write("DEMO-404", "{\"count\":1}");
        verify(properties, never()).put(anyString(), any(), anyString(), anyString());
        verify(indexing, never()).reIndex(any());
    }

    @Test
    public void anIssueWithoutThePropertyHasNoSummary() {
        issue("DEMO-1", 10L);
        assertEquals(Optional.empty(), store.read("DEMO-1"));
        EntityProperty empty = mock(EntityProperty.class);
        when(properties.get(JiraIssueSummaryStore.ISSUE_PROPERTY, 10L, IssueSummary.PROPERTY_KEY)).thenReturn(empty);
        assertEquals(Optional.empty(), store.read("DEMO-1"));
    }

    @Test
    public void anIndexExceptionLeavesThePropertyWrittenAndFailsNothing() throws Exception {
        MutableIssue issue = issue("DEMO-1", 10L);
        doThrow(new IndexException("index locked")).when(indexing).reIndex(issue);
        store.write("DEMO-1", "{\"count\":1}");
        verify(properties).put(JiraIssueSummaryStore.ISSUE_PROPERTY, 10L, IssueSummary.PROPERTY_KEY, "{\"count\":1}");
    }

    @Test
    public void anUncheckedFailureOfTheReindexLeavesThePropertyWrittenAndFailsNothing() throws Exception {
        MutableIssue issue = issue("DEMO-1", 10L);
        doThrow(new IllegalStateException("indexing is paused")).when(indexing).reIndex(issue);
        store.write("DEMO-1", "{\"count\":2}");
        verify(properties).put(JiraIssueSummaryStore.ISSUE_PROPERTY, 10L, IssueSummary.PROPERTY_KEY, "{\"count\":2}");
    }

    @Test
    public void aDatabaseFailureWritingThePropertyIsNotFollowedByAReindex() throws Exception {
        MutableIssue issue = issue("DEMO-1", 10L);
        doThrow(new DataAccessException("connection lost")).when(properties)
                .put(JiraIssueSummaryStore.ISSUE_PROPERTY, 10L, IssueSummary.PROPERTY_KEY, "{\"count\":1}");
        // the caller (IssueSummaries) keeps the user's change and catches up at the next change or the daily job
        assertThrows(DataAccessException.class, () -> store.write("DEMO-1", "{\"count\":1}"));
        verify(indexing, never()).reIndex(issue);
    }
}
