package com.atlassian.scheduler;

// Mirrors atlassian-scheduler-api 4.1.0 SchedulerServiceException as read in ngannk-fptu/Decompiled-Files (checked, two constructors)

public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
