package com.atlassian.scheduler;

// Mirrors atlassian-scheduler-api 4.1.0 JobRunnerResponse as read in ngannk-fptu/Decompiled-Files (final, immutable; factories, getRunOutcome(), getMessage(), value equality)

import com.atlassian.scheduler.status.RunOutcome;
import java.util.Objects;

public final class JobRunnerResponse {

    private static final int MAX_MESSAGE_LENGTH = 255;

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return new JobRunnerResponse(RunOutcome.SUCCESS, null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse(RunOutcome.ABORTED, requireText(message, "aborted"));
    }

    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, requireText(message, "failed"));
    }

    public static JobRunnerResponse failed(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null && text.length() < MAX_MESSAGE_LENGTH; t = t.getCause()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        if (text.length() > MAX_MESSAGE_LENGTH) {
            text.setLength(MAX_MESSAGE_LENGTH);
        }
        return new JobRunnerResponse(RunOutcome.FAILED, text.toString());
    }

    private static String requireText(String message, String outcome) {
        if (message == null || message.trim().isEmpty()) {
            throw new IllegalArgumentException("A message is required when reporting a job as " + outcome);
        }
        return message;
    }

    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof JobRunnerResponse)) {
            return false;
        }
        JobRunnerResponse other = (JobRunnerResponse) o;
        return runOutcome == other.runOutcome && Objects.equals(message, other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runOutcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + runOutcome + ",message='" + message + "']";
    }
}
