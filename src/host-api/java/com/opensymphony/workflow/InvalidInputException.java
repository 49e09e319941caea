package com.opensymphony.workflow;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.InvalidInputException (as bundled by Jira; subset: the message constructor and getGenericErrors())

import java.util.ArrayList;
import java.util.List;

public class InvalidInputException extends WorkflowException {

    private final List<String> genericErrors = new ArrayList<>();

    public InvalidInputException(String message) {
        super(message);
        genericErrors.add(message);
    }

    public List getGenericErrors() {
        return genericErrors;
    }
}
