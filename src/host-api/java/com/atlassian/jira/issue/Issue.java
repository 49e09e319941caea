package com.atlassian.jira.issue;

// Mirrors https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html (subset; getId() comes from WithId, getKey() from WithKey in the real hierarchy, superinterfaces elided)

import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    Project getProjectObject();

    Long getProjectId();

    Status getStatus();

    /** @return when the issue was resolved, or null while it is unresolved */
    java.sql.Timestamp getResolutionDate();
}
