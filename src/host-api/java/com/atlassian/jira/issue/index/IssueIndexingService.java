package com.atlassian.jira.issue.index;

import com.atlassian.jira.issue.Issue;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/index/IssueIndexingService.html (subset: reIndex(Issue), as called by public plugin code)
public interface IssueIndexingService {
    void reIndex(Issue issue) throws IndexException;
}
