package com.atlassian.activeobjects.external;

// Mirrors com.atlassian.activeobjects:activeobjects-plugin 5.2.1 ModelVersion as read in ngannk-fptu/Decompiled-Files (final, Comparable; only valueOf(String), no valueOf(int); no equals/hashCode override)

public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    /** A {@code null} string means "no version recorded yet", i.e. version 0. */
    public static ModelVersion valueOf(String s) {
        if (s == null) {
            return new ModelVersion(0);
        }
        return new ModelVersion(Integer.parseInt(s.trim()));
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    @Override
    public String toString() {
        return Integer.toString(version);
    }
}
