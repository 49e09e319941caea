package com.atlassian.jira.user.util;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/user/util/UserManager.html (subset: getUserByKey)

import com.atlassian.jira.user.ApplicationUser;

public interface UserManager {

    /** The user with this key, or null when there is none. */
    ApplicationUser getUserByKey(String userKey);
}
