package com.atlassian.jira.workflow.condition;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/workflow/condition/AbstractJiraCondition.html (subset: getIssue(Map); the issue is the transient variable "issue")

import com.atlassian.jira.issue.Issue;
import com.opensymphony.workflow.Condition;
import java.util.Map;

public abstract class AbstractJiraCondition implements Condition {

    public AbstractJiraCondition() {
    }

    protected Issue getIssue(Map transientVars) {
        return (Issue) transientVars.get("issue");
    }
}
