package com.atlassian.sal.api.user;

// Mirrors sal-api 5.1.4 UserKey as read in ngannk-fptu/Decompiled-Files (final, Serializable; value semantics on the key string)

import java.io.Serializable;
import java.util.Objects;

public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userkey;

    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    public static UserKey fromLong(long userId) {
        return new UserKey(Long.toString(userId));
    }

    public String getStringValue() {
        return userkey;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserKey && userkey.equals(((UserKey) o).userkey));
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }

    @Override
    public String toString() {
        return userkey;
    }
}
