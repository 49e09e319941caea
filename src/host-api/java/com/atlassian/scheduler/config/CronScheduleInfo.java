package com.atlassian.scheduler.config;

// Mirrors atlassian-scheduler-api 4.1.0 CronScheduleInfo as read in ngannk-fptu/Decompiled-Files (final, immutable; package-private constructor, created via Schedule; the expression is not parsed here)

import java.util.Objects;
import java.util.TimeZone;

public final class CronScheduleInfo {

    private final String cronExpression;
    private final TimeZone timeZone;

    CronScheduleInfo(String cronExpression, TimeZone timeZone) {
        this.cronExpression = Objects.requireNonNull(cronExpression, "cronExpression");
        this.timeZone = timeZone;
    }

    public String getCronExpression() {
        return cronExpression;
    }

    /** @return the time zone, or {@code null} for the system default */
    public TimeZone getTimeZone() {
        return timeZone;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof CronScheduleInfo)) {
            return false;
        }
        CronScheduleInfo other = (CronScheduleInfo) o;
        return cronExpression.equals(other.cronExpression) && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "CronScheduleInfo[cronExpression='" + cronExpression + "',timeZone="
                + (timeZone != null ? timeZone.getID() : null) + ']';
    }
}
