package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunOutcome;
import com.empathyevidence.workbench.WorkbenchServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * A node starting on data whose daily summary job is due serves at once: the job runs on the scheduler's thread after
 * the start, never before the first request (a job over 1,000,000 links takes minutes). The test holds the job's first
 * run where it begins and asks for the issue page meanwhile; then lets it go, sees what it wrote, and restarts the node
 * on the same data the same day: that run has nothing left to do.
 */
public class StartupJobIT {

    /** The run when the plugin starts (the daily one waits for midnight). */
    private static final JobId JOB = JobId.of("com.empathyevidence.evidence-summary-refresh.start");

    @Test
    public void theIssuePageAnswersWhileTheDueJobHasNotFinishedAndARestartTheSameDayHasNothingToDo() throws Exception {
        Path data = Files.createTempDirectory("workbench-startup-job-it");
        WorkbenchServer.Config config = WorkbenchServer.Config.h2(data, 0);
        CountDownLatch jobBegan = new CountDownLatch(1);
        CountDownLatch letTheJobGo = new CountDownLatch(1);
        try (WorkbenchServer node = WorkbenchServer.start(config, id -> {
            if (JOB.equals(id)) {
                jobBegan.countDown();
                try {
                    letTheJobGo.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        })) {
            try {
                // start() has returned and the job's first run is under way (held where it begins): not finished.
                assertTrue("the due job's first run began after the start", jobBegan.await(2, TimeUnit.MINUTES));
                HttpResponse<String> page = get(node, "browse/DEMO-4");
                assertEquals(200, page.statusCode());
                assertTrue("the issue page carries the app's panel", page.body().contains("evidence-panel-web-panel"));
                assertFalse("the job has written nothing yet", page.body().contains("data-property=\"empathy.evidence\""));
                assertNull("and has not finished a run", node.scheduler().lastRuns().get(JOB));
            } finally {
                letTheJobGo.countDown();
            }
            node.scheduler().awaitStartRuns();
            JobRunnerResponse first = node.scheduler().lastRuns().get(JOB);
            assertEquals(first.getMessage(), RunOutcome.SUCCESS, first.getRunOutcome());
            assertTrue(first.getMessage(), first.getMessage().matches(".*; [1-9][0-9]* issues checked; [1-9][0-9]* issue summaries refreshed"));
            String after = get(node, "browse/DEMO-4").body();
            assertTrue("the first run wrote DEMO-4's summary", after.contains("data-property=\"empathy.evidence\">{&quot;count&quot;:2,"));
        }
        // The same data, the same day: the restart's run finds every linked issue current for today and writes nothing.
        try (WorkbenchServer again = WorkbenchServer.start(config)) {
            again.scheduler().awaitStartRuns();
            JobRunnerResponse second = again.scheduler().lastRuns().get(JOB);
            assertEquals(second.getMessage(), RunOutcome.SUCCESS, second.getRunOutcome());
            assertTrue(second.getMessage(), second.getMessage().startsWith("Every linked issue's summary was already current for "));
            assertTrue(get(again, "browse/DEMO-4").body().contains("data-property=\"empathy.evidence\">{&quot;count&quot;:2,"));
        }
    }

    private static HttpResponse<String> get(WorkbenchServer node, String path) throws Exception {
        return Http.send(node.baseUrl().resolve(path), "GET", null, null, "Authorization", Http.basic("pm", "pm"));
    }
}
