package com.atlassian.sal.api.user;

// Mirrors sal-api 5.1.4 UserManager as read in ngannk-fptu/Decompiled-Files (subset: the non-deprecated methods this plugin calls, none of them servlet-typed, so the same on Platform 7 and 8)

public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
