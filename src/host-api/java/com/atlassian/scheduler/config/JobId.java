package com.atlassian.scheduler.config;

// Mirrors atlassian-scheduler-api 4.1.0 JobId as read in ngannk-fptu/Decompiled-Files (final, Serializable, Comparable; of(String); toString() is the raw value)

import java.io.Serializable;
import java.util.Objects;

public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String id;

    private JobId(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public static JobId of(String id) {
        return new JobId(id);
    }

    @Override
    public int compareTo(JobId other) {
        return id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o != null && o.getClass() == getClass() && id.equals(((JobId) o).id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
