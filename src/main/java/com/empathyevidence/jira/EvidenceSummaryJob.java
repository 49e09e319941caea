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
 * Every day at midnight, on one node of the cluster, refreshes the evidence summary of every issue whose evidence aged
 * into another freshness, and makes the persona maps' groups current. Midnight is that of the server's default time
 * zone, the one {@link com.empathyevidence.app.Today} counts days in ({@code LocalDate.now()} reads
 * {@code TimeZone.getDefault()}): a cron schedule in that zone, so it stays at midnight across daylight-saving changes
 * (a 24-hour interval would not). Also once when the plugin starts ({@link #START_JOB_ID}, run as soon as possible),
 * so that a node that was down at midnight, data written in bulk, or groups stored by an earlier version are caught up
 * before the next midnight. Registered when the plugin starts (SAL calls {@link #onStart()} on exported LifecycleAware
 * services), with fixed job ids so every node schedules the same jobs. Scheduling never runs it: the scheduler
 * runs it on its own thread once the node is up, so a node starting on a million links serves at once. The work is
 * {@link DailyRefresh}: in batches, restart-safe, and nothing to do on a second run the same day.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class EvidenceSummaryJob implements JobRunner, LifecycleAware {

    public static final JobRunnerKey RUNNER = JobRunnerKey.of("com.empathyevidence.evidence-summary-refresh");
    /** The daily run, at midnight. */
    public static final JobId JOB_ID = JobId.of("com.empathyevidence.evidence-summary-refresh.daily");
    /** The run when the plugin starts (once, as soon as possible). */
    public static final JobId START_JOB_ID = JobId.of("com.empathyevidence.evidence-summary-refresh.start");
    /** Quartz-style (seconds minutes hours day-of-month month day-of-week), as atlassian-scheduler reads it: 00:00:00 every day. */
    static final String MIDNIGHT = "0 0 0 * * ?";

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
        schedule(JOB_ID, daily(), "The daily refresh of evidence summaries");
        schedule(START_JOB_ID, Schedule.runOnce(null), "The start-up refresh of evidence summaries");
    }

    /** Midnight every day in the server's default time zone (the days {@link com.empathyevidence.app.Today} counts). */
    static Schedule daily() {
        return Schedule.forCronExpression(MIDNIGHT, java.util.TimeZone.getDefault());
    }

    private void schedule(JobId id, Schedule schedule, String what) {
        try {
            scheduler.scheduleJob(id, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(schedule));
        } catch (SchedulerServiceException | RuntimeException e) {
            // The app works without it (summaries are written on every change); the next start schedules it again.
            java.util.logging.Logger.getLogger(EvidenceSummaryJob.class.getName())
                    .warning(what + " could not be scheduled; it is scheduled again when the app next starts: " + e.getMessage());
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
            // The cause, with its trace, in the host's log for support; the scheduler page gets the plain words below.
            java.util.logging.Logger.getLogger(EvidenceSummaryJob.class.getName())
                    .log(java.util.logging.Level.WARNING, "The evidence summaries could not be refreshed", e);
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
