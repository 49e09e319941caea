package com.opensymphony.workflow;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.Validator (as bundled by Jira)

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

public interface Validator {

    void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException, WorkflowException;
}
