package com.atlassian.jira.security;

// Mirrors https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/security/JiraAuthenticationContext.html (subset: getLoggedInUser, isLoggedInUser, getLocale, setLoggedInUser; unchanged in Jira 10)

import com.atlassian.jira.user.ApplicationUser;
import java.util.Locale;

public interface JiraAuthenticationContext {

    /** @return the logged-in user, or {@code null} when anonymous */
    ApplicationUser getLoggedInUser();

    boolean isLoggedInUser();

    Locale getLocale();

    /** Sets the user the current thread runs as (null: anonymous); scheduled work uses it to act as one user. */
    void setLoggedInUser(ApplicationUser user);
}
