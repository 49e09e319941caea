package com.atlassian.scheduler;

// Mirrors atlassian-scheduler-api 4.1.0 SchedulerService as read in ngannk-fptu/Decompiled-Files, cf. https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/SchedulerService.html (subset; getJobDetails omitted to avoid stubbing the status.JobDetails hierarchy)

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

    void unscheduleJob(JobId jobId);
}
