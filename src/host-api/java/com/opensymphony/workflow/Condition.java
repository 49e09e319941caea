package com.opensymphony.workflow;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.Condition (as bundled by Jira)

import com.opensymphony.module.propertyset.PropertySet;
import java.util.Map;

public interface Condition {

    boolean passesCondition(Map transientVars, Map args, PropertySet ps) throws WorkflowException;
}
