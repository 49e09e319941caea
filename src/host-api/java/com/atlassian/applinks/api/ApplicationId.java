// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationId.java
package com.atlassian.applinks.api;

import java.io.Serializable;
import java.util.UUID;

public class ApplicationId implements Serializable {
    private static final long serialVersionUID = 8493075922307807008L;

    private final String id;

    public ApplicationId(String id) {
        if (id == null) {
            throw new IllegalArgumentException("ApplicationId requires a non-null id");
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException notUuid) {
            throw new IllegalArgumentException("ApplicationId must be a UUID string, got: " + id, notUuid);
        }
        this.id = id;
    }

    public String get() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other != null && other.getClass() == getClass() && id.equals(((ApplicationId) other).id);
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
