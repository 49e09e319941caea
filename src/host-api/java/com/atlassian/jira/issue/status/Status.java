package com.atlassian.jira.issue.status;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/Status.html (subset; getId()/getName() are inherited from IssueConstant in the real API, which is elided; getStatusCategory() is Status's own)

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {

    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
