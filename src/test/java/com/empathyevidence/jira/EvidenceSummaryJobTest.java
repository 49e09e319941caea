package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.status.RunOutcome;
import com.empathyevidence.app.IssueSummaries;
import org.junit.Test;

/** The daily summary job when the scheduler or Jira's database fail. */
public class EvidenceSummaryJobTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    /** What the refresh meets in Jira: set per test (a refresh that Jira's database fails, or one with nothing to do). */
    private RuntimeException jiraFails;
    private final IssueSummaries summaries = new IssueSummaries(null, null, null) {
        @Override
        public int refreshAll() {
            if (jiraFails != null) {
                throw jiraFails;
            }
            return 0;
        }
    };
    private final com.atlassian.activeobjects.external.ActiveObjects ao = mock(com.atlassian.activeobjects.external.ActiveObjects.class);
    private final EvidenceSummaryJob job = new EvidenceSummaryJob(scheduler, summaries, new com.empathyevidence.storage.AoEvidenceStore(ao));

    {
        // Jira's database holds no evidence: the search-text pass finds nothing to do
        org.mockito.Mockito.when(ao.find(org.mockito.ArgumentMatchers.eq(com.empathyevidence.storage.EvidenceEntity.class),
                org.mockito.ArgumentMatchers.any(net.java.ao.Query.class))).thenReturn(new com.empathyevidence.storage.EvidenceEntity[0]);
    }

    @Test
    public void aSchedulerThatRefusesTheJobDoesNotStopThePluginStarting() throws Exception {
        doThrow(new SchedulerServiceException("scheduler is shutting down")).when(scheduler).scheduleJob(any(), any(JobConfig.class));
        job.onStart(); // no exception: the panel, the API and the summaries written on change all still work
        verify(scheduler).registerJobRunner(EvidenceSummaryJob.RUNNER, job);
    }

    @Test
    public void aDatabaseFailureEndsTheRunAsFailedWithAPlainMessage() {
        jiraFails = new DataAccessException("connection lost");
        JobRunnerResponse response = job.runJob(null);
        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertTrue(response.getMessage(), response.getMessage().startsWith("The evidence summaries could not be refreshed"));
        assertFalse(response.getMessage(), response.getMessage().contains("Exception"));
    }

    @Test
    public void nothingToRefreshIsASuccess() {
        JobRunnerResponse response = job.runJob(null);
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("0 search texts brought up to date; 0 issue summaries refreshed", response.getMessage());
    }
}
