package com.empathyevidence.workbench.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The atlassian-scheduler service of the workbench: it keeps the registered runners and scheduled jobs (one job per
 * id, as a cluster would) and runs a job when asked ({@link #runNow}), never on a timer, so tests and the admin
 * endpoint decide when "a day has passed".
 */
public final class WorkbenchScheduler implements SchedulerService {

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        if (jobId == null || jobConfig == null) {
            throw new SchedulerServiceException("jobId and jobConfig are required");
        }
        jobs.put(jobId, jobConfig);
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
    }

    /** The scheduled jobs, by id: what was scheduled, with which run mode and schedule. */
    public Map<JobId, JobConfig> jobs() {
        return Map.copyOf(jobs);
    }

    /** Runs a scheduled job now, on this thread; its response, or null when there is no such job or runner. */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs.get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return null;
        }
        Date start = new Date();
        JobRunnerResponse response = runner.runJob(new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return start;
            }

            @Override
            public JobId getJobId() {
                return jobId;
            }

            @Override
            public JobConfig getJobConfig() {
                return config;
            }

            @Override
            public boolean isCancellationRequested() {
                return false;
            }
        });
        return response == null ? JobRunnerResponse.success() : response;
    }
}
