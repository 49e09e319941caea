package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import com.empathyevidence.workbench.WorkbenchServer;
import org.junit.Test;

/** The daily summary job: scheduled on plugin start with a fixed id, once per cluster, and it runs on demand. */
public class SummaryJobIT {

    private static final JobId JOB = JobId.of("com.empathyevidence.evidence-summary-refresh.daily");

    @Test
    public void theDailyJobIsScheduledOncePerClusterUnderAFixedIdAndRuns() {
        WorkbenchServer server = SharedWorkbench.get();
        JobConfig config = server.scheduler().jobs().get(JOB);
        assertNotNull("scheduled on start: " + server.scheduler().jobs(), config);
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getRunMode());
        // every day at midnight of the server's default time zone (the days the app counts), as a cron schedule
        assertEquals(com.atlassian.scheduler.config.Schedule.forCronExpression("0 0 0 * * ?", java.util.TimeZone.getDefault()),
                config.getSchedule());
        JobConfig atStart = server.scheduler().jobs().get(JobId.of("com.empathyevidence.evidence-summary-refresh.start"));
        assertNotNull("and a run once when the plugin starts: " + server.scheduler().jobs(), atStart);
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, atStart.getRunMode());
        assertEquals(com.atlassian.scheduler.config.Schedule.runOnce(null), atStart.getSchedule());
        JobRunnerResponse response = server.scheduler().runNow(JOB);
        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertTrue(response.getMessage(), response.getMessage().endsWith("issue summaries refreshed"));
    }

    @Test
    public void theFirstRunWroteTheSummaryOfEveryLinkedDemoIssue() throws Exception {
        String html = Http.get("/browse/DEMO-4", "pm").body();
        assertTrue(html, html.contains("data-property=\"empathy.evidence\">{&quot;count&quot;:2,"));
        assertTrue(html.contains("&quot;staleCount&quot;:2"));
        assertTrue(Http.post("/workbench/run-jobs", "pm", "application/json", "{}").statusCode() == 403);
        String ran = Http.post("/workbench/run-jobs", "admin", "application/json", "{}").body();
        assertTrue(ran, ran.contains(JOB + ": SUCCESS"));
    }
}
