package com.atlassian.scheduler.status;

// Mirrors atlassian-scheduler-api 4.1.0 RunOutcome as read in ngannk-fptu/Decompiled-Files (return type of JobRunnerResponse.getRunOutcome(); constant order as declared)

public enum RunOutcome {
    SUCCESS,
    UNAVAILABLE,
    ABORTED,
    FAILED
}
