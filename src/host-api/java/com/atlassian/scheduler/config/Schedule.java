package com.atlassian.scheduler.config;

// Mirrors atlassian-scheduler-api 4.1.0 Schedule as read in ngannk-fptu/Decompiled-Files (final, immutable; factories, getType(), getIntervalScheduleInfo(), getCronScheduleInfo(), nested enum Type)

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

public final class Schedule {

    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }

    private final Type type;
    private final IntervalScheduleInfo intervalScheduleInfo;
    private final CronScheduleInfo cronScheduleInfo;

    private Schedule(Type type, IntervalScheduleInfo intervalScheduleInfo, CronScheduleInfo cronScheduleInfo) {
        this.type = type;
        this.intervalScheduleInfo = intervalScheduleInfo;
        this.cronScheduleInfo = cronScheduleInfo;
    }

    public static Schedule forCronExpression(String cronExpression) {
        return forCronExpression(cronExpression, null);
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, null, new CronScheduleInfo(cronExpression, timeZone));
    }

    /** Runs once at {@code runTime}, or as soon as possible when it is {@code null}. */
    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    /** Repeats every {@code intervalInMillis} (0 = run once), first at {@code firstRunTime} or as soon as possible. */
    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, new IntervalScheduleInfo(firstRunTime, intervalInMillis), null);
    }

    public Type getType() {
        return type;
    }

    /** @return the interval details, or {@code null} for a cron schedule */
    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return intervalScheduleInfo;
    }

    /** @return the cron details, or {@code null} for an interval schedule */
    public CronScheduleInfo getCronScheduleInfo() {
        return cronScheduleInfo;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Schedule)) {
            return false;
        }
        Schedule other = (Schedule) o;
        return type == other.type && Objects.equals(intervalScheduleInfo, other.intervalScheduleInfo)
                && Objects.equals(cronScheduleInfo, other.cronScheduleInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalScheduleInfo, cronScheduleInfo);
    }

    @Override
    public String toString() {
        return "Schedule[type=" + type + ','
                + (type == Type.INTERVAL ? "intervalScheduleInfo=" + intervalScheduleInfo
                                         : "cronScheduleInfo=" + cronScheduleInfo) + ']';
    }
}
