package com.atlassian.jira.security.plugin;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/plugin/ProjectPermissionKey.html (final; String constructor, permissionKey(), value semantics; deprecated int constructor elided)

import java.util.Objects;

public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || (o instanceof ProjectPermissionKey && permissionKey.equals(((ProjectPermissionKey) o).permissionKey));
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
