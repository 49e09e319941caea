package com.atlassian.jira.issue.status.category;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/issue/status/category/StatusCategory.html (subset: getKey(), getName() and the category keys)

public interface StatusCategory {

    String UNDEFINED = "undefined";

    String TO_DO = "new";

    String IN_PROGRESS = "indeterminate";

    String COMPLETE = "done";

    String getKey();

    String getName();
}
