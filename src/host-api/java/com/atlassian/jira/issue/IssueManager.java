package com.atlassian.jira.issue;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/IssueManager.html (subset: key/id lookups this plugin calls)

import com.atlassian.jira.exception.DataAccessException;

public interface IssueManager {

    /** @return the issue with this key (moved keys are followed), or {@code null} */
    MutableIssue getIssueObject(String key) throws DataAccessException;

    /** @return the issue with this id, or {@code null} */
    MutableIssue getIssueObject(Long id) throws DataAccessException;

    /** @return the issue whose current key is exactly this key, or {@code null} */
    MutableIssue getIssueByCurrentKey(String key);
}
