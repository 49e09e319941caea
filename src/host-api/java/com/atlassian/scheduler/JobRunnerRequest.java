package com.atlassian.scheduler;

// Mirrors atlassian-scheduler-api 4.1.0 JobRunnerRequest as read in ngannk-fptu/Decompiled-Files (complete)

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();

    boolean isCancellationRequested();
}
