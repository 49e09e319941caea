package com.empathyevidence.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.atlassian.jira.exception.DataAccessException;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.status.RunOutcome;
import com.empathyevidence.app.DailyRefresh;
import com.empathyevidence.app.DailyRefreshStore;
import com.empathyevidence.app.IssueSummaries;
import com.empathyevidence.app.Today;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The daily summary job when the scheduler or Jira's database fail, when it is cancelled and when it has nothing to do. */
public class EvidenceSummaryJobTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    /** What the refresh meets in Jira: set per test (a refresh that Jira's database fails, or one with nothing to do). */
    private RuntimeException jiraFails;
    private final List<String> linked = new ArrayList<>();
    private final IssueSummaries summaries = new IssueSummaries(null, null, null) {
        @Override
        public int refresh(Iterable<String> issueKeys) {
            if (jiraFails != null) {
                throw jiraFails;
            }
            int n = 0;
            for (String ignored : issueKeys) {
                n++;
            }
            return n;
        }
    };
    /** The progress store: linked issues from {@link #linked}, progress in memory. */
    private final DailyRefreshStore progress = new DailyRefreshStore() {
        private Progress saved;

        @Override
        public List<String> linkedIssueKeysAfter(String afterKey, int limit) {
            return linked.stream().filter(k -> afterKey == null || k.compareTo(afterKey) > 0).sorted().limit(limit).toList();
        }

        @Override
        public Optional<Progress> progress() {
            return Optional.ofNullable(saved);
        }

        @Override
        public void saveProgress(Progress p) {
            saved = p;
        }
    };
    private final com.atlassian.activeobjects.external.ActiveObjects ao = mock(com.atlassian.activeobjects.external.ActiveObjects.class);
    private final Today today = new Today() {
        @Override
        public LocalDate get() {
            return LocalDate.of(2026, 12, 2);
        }
    };
    private final EvidenceSummaryJob job = new EvidenceSummaryJob(scheduler,
            new DailyRefresh(new com.empathyevidence.storage.AoEvidenceStore(ao), summaries, progress, today, 2));

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
    public void schedulingNeverRunsTheJob() throws Exception {
        linked.add("DEMO-1");
        job.onStart();
        verify(scheduler, org.mockito.Mockito.times(2)).scheduleJob(any(), any(JobConfig.class));
        assertEquals("the job waits for the scheduler's thread", Optional.empty(), progress.progress());
    }

    @Test
    public void itRunsEveryDayAtMidnightInTheServersTimeZoneOncePerClusterAndOnceWhenThePluginStarts() throws Exception {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Auckland"));
        try {
            job.onStart();
            org.mockito.ArgumentCaptor<JobConfig> daily = org.mockito.ArgumentCaptor.forClass(JobConfig.class);
            verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(EvidenceSummaryJob.JOB_ID), daily.capture());
            assertEquals(com.atlassian.scheduler.config.RunMode.RUN_ONCE_PER_CLUSTER, daily.getValue().getRunMode());
            assertEquals(EvidenceSummaryJob.RUNNER, daily.getValue().getJobRunnerKey());
            com.atlassian.scheduler.config.Schedule schedule = daily.getValue().getSchedule();
            assertEquals(com.atlassian.scheduler.config.Schedule.Type.CRON_EXPRESSION, schedule.getType());
            assertEquals("00:00:00 every day", "0 0 0 * * ?", schedule.getCronScheduleInfo().getCronExpression());
            // the zone app/Today counts days in: LocalDate.now() is the day in TimeZone.getDefault()
            assertEquals(java.util.TimeZone.getTimeZone("Pacific/Auckland"), schedule.getCronScheduleInfo().getTimeZone());
            assertEquals(java.time.ZoneId.systemDefault(), schedule.getCronScheduleInfo().getTimeZone().toZoneId());
            org.mockito.ArgumentCaptor<JobConfig> start = org.mockito.ArgumentCaptor.forClass(JobConfig.class);
            verify(scheduler).scheduleJob(org.mockito.ArgumentMatchers.eq(EvidenceSummaryJob.START_JOB_ID), start.capture());
            assertEquals(com.atlassian.scheduler.config.RunMode.RUN_ONCE_PER_CLUSTER, start.getValue().getRunMode());
            assertEquals("once, as soon as possible", com.atlassian.scheduler.config.Schedule.runOnce(null), start.getValue().getSchedule());
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }

    @Test
    public void aDatabaseFailureEndsTheRunAsFailedWithAPlainMessage() {
        linked.add("DEMO-1");
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
        assertEquals("0 search texts brought up to date; 0 issues checked; 0 issue summaries refreshed", response.getMessage());
    }

    @Test
    public void aCancelledRunStopsBetweenBatchesAndTheNextGoesOnThenASecondRunTheSameDayDoesNothing() {
        linked.addAll(List.of("A-1", "A-2", "A-3", "A-4", "A-5"));
        int[] asked = {0};
        JobRunnerRequest cancelAfterOneBatch = mock(JobRunnerRequest.class);
        org.mockito.Mockito.when(cancelAfterOneBatch.isCancellationRequested()).thenAnswer(i -> asked[0]++ >= 1);
        JobRunnerResponse first = job.runJob(cancelAfterOneBatch);
        assertEquals(first.getMessage(), RunOutcome.ABORTED, first.getRunOutcome());
        assertTrue(first.getMessage(), first.getMessage().contains("2 issues checked"));
        assertEquals(new DailyRefreshStore.Progress(today.get(), "A-2", false), progress.progress().orElseThrow());

        JobRunnerResponse second = job.runJob(null);
        assertEquals(RunOutcome.SUCCESS, second.getRunOutcome());
        assertEquals("0 search texts brought up to date; 3 issues checked (going on where an earlier run today stopped); 3 issue summaries refreshed",
                second.getMessage());

        JobRunnerResponse third = job.runJob(null);
        assertEquals(RunOutcome.SUCCESS, third.getRunOutcome());
        assertTrue(third.getMessage(), third.getMessage().startsWith("Every linked issue's summary was already current for 2026-12-02"));
    }

    @Test
    public void aNewDayStartsFromTheFirstIssueAgain() {
        linked.addAll(List.of("A-1", "A-2", "A-3"));
        progress.saveProgress(new DailyRefreshStore.Progress(today.get().minusDays(1), "A-3", true));
        JobRunnerResponse response = job.runJob(null);
        assertEquals("0 search texts brought up to date; 3 issues checked; 3 issue summaries refreshed", response.getMessage());
        assertEquals(new DailyRefreshStore.Progress(today.get(), "A-3", true), progress.progress().orElseThrow());
    }
}
