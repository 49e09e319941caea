package com.atlassian.scheduler.config;

// Mirrors atlassian-scheduler-api 4.1.0 RunMode as read in ngannk-fptu/Decompiled-Files

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
