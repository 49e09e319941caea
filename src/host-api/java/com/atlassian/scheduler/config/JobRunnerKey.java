package com.atlassian.scheduler.config;

// Mirrors atlassian-scheduler-api 4.1.0 JobRunnerKey as read in ngannk-fptu/Decompiled-Files (final, Serializable, Comparable; of(String); toString() is the raw value)

import java.io.Serializable;
import java.util.Objects;

public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobRunnerKey(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && key.equals(((JobRunnerKey) o).key));
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
