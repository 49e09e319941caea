package com.atlassian.scheduler.config;

// Mirrors atlassian-scheduler-api 4.1.0 IntervalScheduleInfo as read in ngannk-fptu/Decompiled-Files (final, immutable; package-private constructor, created via Schedule)

import java.util.Date;
import java.util.Objects;

public final class IntervalScheduleInfo {

    private final Long firstRunTime;
    private final long intervalInMillis;

    IntervalScheduleInfo(Date firstRunTime, long intervalInMillis) {
        if (intervalInMillis < 0L) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        this.firstRunTime = firstRunTime != null ? firstRunTime.getTime() : null;
        this.intervalInMillis = intervalInMillis;
    }

    /** @return a copy of the first run time, or {@code null} for "as soon as possible" */
    public Date getFirstRunTime() {
        return firstRunTime != null ? new Date(firstRunTime) : null;
    }

    /** @return the repeat interval; 0 means the job runs only once */
    public long getIntervalInMillis() {
        return intervalInMillis;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IntervalScheduleInfo)) {
            return false;
        }
        IntervalScheduleInfo other = (IntervalScheduleInfo) o;
        return intervalInMillis == other.intervalInMillis && Objects.equals(firstRunTime, other.firstRunTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstRunTime, intervalInMillis);
    }

    @Override
    public String toString() {
        return "IntervalScheduleInfo[firstRunTime=" + getFirstRunTime() + ",intervalInMillis=" + intervalInMillis + ']';
    }
}
