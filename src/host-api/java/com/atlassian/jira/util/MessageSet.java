package com.atlassian.jira.util;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/util/MessageSet.html (subset: errors)

import java.util.Set;

public interface MessageSet {

    /** The error messages, each a sentence for the user. */
    Set<String> getErrorMessages();

    boolean hasAnyErrors();
}
