package com.atlassian.jira.plugin.workflow;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/plugin/workflow/WorkflowPluginFactory.html

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.Map;

public interface WorkflowPluginFactory {

    Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor);
}
