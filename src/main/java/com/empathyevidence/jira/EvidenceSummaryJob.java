package com.empathyevidence.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.empathyevidence.app.DailyRefresh;
import jakarta.inject.Inject;

/**
 * Once a day, on one node of the cluster, refreshes the evidence summary of every issue whose evidence aged into
 * another freshness. Registered when the plugin starts (SAL calls {@link #onStart()} on exported LifecycleAware
 * services), with a fixed job id so every node schedules the same one job. Scheduling never runs it: the scheduler
 * runs it on its own thread once the node is up, so a node starting on a million links serves at once. The work is
 * {@link DailyRefresh}: in batches, restart-safe, and nothing to do on a second run the same day.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class EvidenceSummaryJob implements JobRunner, LifecycleAware {

    public static final JobRunnerKey RUNNER = JobRunnerKey.of("com.empathyevidence.evidence-summary-refresh");
    public static final JobId JOB_ID = JobId.of("com.empathyevidence.evidence-summary-refresh.daily");
    static final long DAY_MILLIS = 24L * 60 * 60 * 1000;

    private final SchedulerService scheduler;
    private final DailyRefresh refresh;
    private final com.empathyevidence.app.HostAccessMode accessMode;
    private final com.empathyevidence.app.MapGroupRefresh mapGroups;

    @Inject
    public EvidenceSummaryJob(@JiraImport SchedulerService scheduler, DailyRefresh refresh,
                              com.empathyevidence.app.HostAccessMode accessMode, com.empathyevidence.app.MapGroupRefresh mapGroups) {
        this.scheduler = scheduler;
        this.refresh = refresh;
        this.accessMode = accessMode;
        this.mapGroups = mapGroups;
    }

    /** Without the maps' groups (unit tests of the refresh itself). */
    public EvidenceSummaryJob(SchedulerService scheduler, DailyRefresh refresh, com.empathyevidence.app.HostAccessMode accessMode) {
        this(scheduler, refresh, accessMode, null);
    }

    /** Without a host access mode (unit tests of the refresh itself): never read-only. */
    public EvidenceSummaryJob(SchedulerService scheduler, DailyRefresh refresh) {
        this(scheduler, refresh, null, null);
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(DAY_MILLIS, null)));
        } catch (SchedulerServiceException | RuntimeException e) {
            // The app works without it (summaries are written on every change); the next start schedules it again.
            java.util.logging.Logger.getLogger(EvidenceSummaryJob.class.getName())
                    .warning("The daily refresh of evidence summaries could not be scheduled; it is scheduled again when the app next starts: "
                            + e.getMessage());
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (accessMode != null && accessMode.readOnly()) {
            // The host is in read-only mode for maintenance: write nothing; the next run after it ends catches up.
            String skipped = "Skipped: the host is in read-only mode, so nothing was written. The next run after maintenance catches up.";
            java.util.logging.Logger.getLogger(EvidenceSummaryJob.class.getName()).info(skipped);
            return JobRunnerResponse.aborted(skipped);
        }
        try {
            DailyRefresh.Result done = refresh.run(request == null ? () -> false : request::isCancellationRequested);
            if (done.alreadyCurrent()) {
                int groups = mapGroups == null ? 0 : mapGroups.run(request == null ? () -> false : request::isCancellationRequested);
                return JobRunnerResponse.success("Every linked issue's summary was already current for " + done.day()
                        + " (an earlier run today did them" + (mapGroups == null ? "" : "; " + groups + " persona map groups recomputed")
                        + "): 0 issue summaries refreshed");
            }
            // the persona maps' groups: those a day (or a bulk write, or an upgrade) left behind are recomputed
            int groups = mapGroups == null ? 0 : mapGroups.run(request == null ? () -> false : request::isCancellationRequested);
            String counts = (mapGroups == null ? "" : groups + " persona map groups recomputed; ")
                    + done.searchTexts() + " search texts brought up to date; " + done.checked() + " issues checked"
                    + (done.resumed() ? " (going on where an earlier run today stopped)" : "") + "; " + done.written()
                    + " issue summaries refreshed";
            if (!done.complete()) {
                // Cancelled by the scheduler (the node is stopping): what is done is recorded, the next run goes on after it.
                return JobRunnerResponse.aborted("Stopped when the scheduler asked, after " + counts
                        + ". The next run goes on after the last issue done.");
            }
            return JobRunnerResponse.success(counts);
        } catch (RuntimeException e) {
            // Shown to administrators in Jira's scheduler page: what happened and that it runs again, not a class name.
            return JobRunnerResponse.failed("The evidence summaries could not be refreshed (" + plain(e)
                    + "). Summaries already written are kept; the job tries again at its next run.");
        }
    }

    private static String plain(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "Jira did not say why" : e.getMessage();
        return message.length() > 120 ? message.substring(0, 120) + "\u2026" : message;
    }
}
