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
import com.empathyevidence.app.DigestService;
import com.empathyevidence.app.HostAccessMode;
import com.empathyevidence.app.Today;
import jakarta.inject.Inject;

/**
 * The weekly digest (issue 16), on one node of the cluster: a fixed job id, run once per cluster, every 7 days. Each
 * run sends this ISO week's digest unless a run did already (the claim is in the database), and hands over any
 * message a stopped run left pending. Registered when the plugin starts, as the daily summary job is.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class DigestJob implements JobRunner, LifecycleAware {

    public static final JobRunnerKey RUNNER = JobRunnerKey.of("com.empathyevidence.evidence-digest");
    public static final JobId JOB_ID = JobId.of("com.empathyevidence.evidence-digest.weekly");
    static final long WEEK_MILLIS = 7L * 24 * 60 * 60 * 1000;

    private final SchedulerService scheduler;
    private final DigestService digest;
    private final Today today;
    private final HostAccessMode accessMode;

    @Inject
    public DigestJob(@JiraImport SchedulerService scheduler, DigestService digest, Today today, HostAccessMode accessMode) {
        this.scheduler = scheduler;
        this.digest = digest;
        this.today = today;
        this.accessMode = accessMode;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            scheduler.scheduleJob(JOB_ID, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(WEEK_MILLIS, null)));
        } catch (SchedulerServiceException | RuntimeException e) {
            java.util.logging.Logger.getLogger(DigestJob.class.getName())
                    .warning("The weekly evidence digest could not be scheduled; it is scheduled again when the app next starts: " + e.getMessage());
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        if (accessMode != null && accessMode.readOnly()) {
            return JobRunnerResponse.aborted("Skipped: the host is in read-only mode, so no digest was claimed or sent. The next run after maintenance sends it.");
        }
        try {
            DigestService.Run run = digest.run(today.get());
            return JobRunnerResponse.success("Week " + run.week() + ": " + (run.claimedNow() ? run.composed() + " digests composed" : "already claimed")
                    + "; " + run.sent() + " sent");
        } catch (RuntimeException e) {
            String message = e.getMessage() == null || e.getMessage().isBlank() ? "Jira did not say why" : e.getMessage();
            return JobRunnerResponse.failed("The evidence digest could not be sent (" + (message.length() > 120 ? message.substring(0, 120) + "\u2026" : message)
                    + "). Nothing is sent twice; the job tries again at its next run.");
        }
    }
}
