package com.atlassian.sal.api.user;

// Mirrors sal-api 5.1.4 UserProfile as read in ngannk-fptu/Decompiled-Files (complete)

import java.net.URI;

public interface UserProfile {

    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();

    URI getProfilePictureUri(int width, int height);

    URI getProfilePictureUri();

    URI getProfilePageUri();
}
