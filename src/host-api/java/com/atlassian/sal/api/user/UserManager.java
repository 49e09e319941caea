package com.atlassian.sal.api.user;

// Mirrors sal-api 5.1.4 UserManager as read in ngannk-fptu/Decompiled-Files (subset: non-deprecated methods this plugin calls; javax.servlet as on Platform 7)

import javax.servlet.http.HttpServletRequest;

public interface UserManager {

    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);
}
