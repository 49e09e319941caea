package com.opensymphony.workflow;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.WorkflowException (as bundled by Jira, https://docs.atlassian.com/software/jira/docs/api/latest/ lists it; subset: the message constructor)

public class WorkflowException extends Exception {

    public WorkflowException(String message) {
        super(message);
    }
}
