package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.jira.entity.property.JsonEntityPropertyManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.status.RunOutcome;
import com.empathyevidence.app.HostAccessMode;
import com.empathyevidence.app.IssueSummaries;
import com.empathyevidence.rest.ErrorJson;
import com.empathyevidence.rest.ReadOnlyWrites;
import com.empathyevidence.testsupport.BundleI18nResolver;
import com.empathyevidence.view.Texts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * What the app writes while the host is in read-only mode ({@link HostAccessMode}): REST writes are refused with 503
 * and the plain message, reads pass; the daily job and the issue-property refresh write nothing and say so; with the
 * mode off all of it works as before.
 */
public class ReadOnlyModeTest {

    private boolean readOnly = true;
    private final HostAccessMode mode = new HostAccessMode() {
        @Override
        public boolean readOnly() {
            return readOnly;
        }

        @Override
        public String messageKey() {
            return "empathy.readOnly.jira";
        }
    };
    private final Texts texts = new Texts(BundleI18nResolver.fromClasspath());

    private static ContainerRequestContext request(String method) {
        ContainerRequestContext request = mock(ContainerRequestContext.class);
        when(request.getMethod()).thenReturn(method);
        UriInfo uri = mock(UriInfo.class);
        when(uri.getPath()).thenReturn("evidence");
        when(request.getUriInfo()).thenReturn(uri);
        return request;
    }

    @Test
    public void everyWriteIsRefusedWith503AndThePlainMessageReadsPass() {
        ReadOnlyWrites filter = new ReadOnlyWrites(mode, texts);
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "post"}) {
            ContainerRequestContext request = request(method);
            filter.filter(request);
            ArgumentCaptor<Response> answer = ArgumentCaptor.forClass(Response.class);
            verify(request).abortWith(answer.capture());
            assertEquals(method, 503, answer.getValue().getStatus());
            ErrorJson body = (ErrorJson) answer.getValue().getEntity();
            assertEquals(503, body.status);
            assertTrue(body.message, body.message.startsWith("Jira is in read-only mode for maintenance"));
        }
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            ContainerRequestContext request = request(method);
            filter.filter(request);
            verify(request, never()).abortWith(any());
        }
        readOnly = false;
        ContainerRequestContext write = request("POST");
        filter.filter(write);
        verify(write, never()).abortWith(any());
    }

    @Test
    public void theDailyJobWritesNothingAndSaysSo() {
        AtomicInteger refreshed = new AtomicInteger();
        IssueSummaries summaries = new IssueSummaries(null, null, null) {
            @Override
            public int refresh(Iterable<String> issueKeys) {
                return refreshed.incrementAndGet();
            }
        };
        ActiveObjects ao = mock(ActiveObjects.class);
        EvidenceSummaryJob job = new EvidenceSummaryJob(mock(SchedulerService.class), new com.empathyevidence.app.DailyRefresh(
                new com.empathyevidence.storage.AoEvidenceStore(ao), summaries, new com.empathyevidence.storage.AoDailyRefreshStore(ao),
                new com.empathyevidence.app.Today()), mode);
        JobRunnerResponse response = job.runJob(null);
        assertEquals(RunOutcome.ABORTED, response.getRunOutcome());
        assertTrue(response.getMessage(), response.getMessage().contains("read-only mode, so nothing was written"));
        assertEquals(0, refreshed.get());
        verifyNoInteractions(ao);
    }

    @Test
    public void theIssuePropertyKeepsItsValueUntilMaintenanceEnds() throws Exception {
        JsonEntityPropertyManager properties = mock(JsonEntityPropertyManager.class);
        IssueManager issues = mock(IssueManager.class);
        IssueIndexingService indexing = mock(IssueIndexingService.class);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(20L);
        when(issues.getIssueObject("DEMO-20")).thenReturn(issue);
        JiraIssueSummaryStore store = new JiraIssueSummaryStore(properties, issues, indexing, mode);

        store.write("DEMO-20", "{\"count\":1}");
        verify(properties, never()).put(anyString(), any(), anyString(), anyString());
        verify(indexing, never()).reIndex(any());

        readOnly = false;
        store.write("DEMO-20", "{\"count\":1}");
        verify(properties).put(JiraIssueSummaryStore.ISSUE_PROPERTY, 20L, com.empathyevidence.app.IssueSummary.PROPERTY_KEY, "{\"count\":1}");
    }
}
