package com.atlassian.jira.issue.status.category;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/status/category/StatusCategory.html (subset: getKey(), getName(); keys "new", "indeterminate", "done", "undefined")

public interface StatusCategory {

    String getKey();

    String getName();
}
