package com.atlassian.scheduler;

// Mirrors atlassian-scheduler-api 4.1.0 JobRunner as read in ngannk-fptu/Decompiled-Files (complete)

public interface JobRunner {

    /** @return the outcome; {@code null} is treated as success */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
