package com.atlassian.jira.user;

// Mirrors https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html (subset; getId() is Long via WithId, getName() via java.security.Principal; superinterfaces elided)

public interface ApplicationUser {

    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    boolean isActive();

    Long getId();
}
