package com.atlassian.jira.plugin.workflow;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/plugin/workflow/WorkflowPluginValidatorFactory.html

import java.util.Map;

public interface WorkflowPluginValidatorFactory extends WorkflowPluginFactory {

    Map<String, ?> getDescriptorParams(Map<String, Object> validatorParams);
}
