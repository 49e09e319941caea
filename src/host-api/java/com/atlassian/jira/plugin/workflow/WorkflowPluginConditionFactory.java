package com.atlassian.jira.plugin.workflow;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/plugin/workflow/WorkflowPluginConditionFactory.html

import java.util.Map;

public interface WorkflowPluginConditionFactory extends WorkflowPluginFactory {

    Map<String, ?> getDescriptorParams(Map<String, Object> conditionParams);
}
