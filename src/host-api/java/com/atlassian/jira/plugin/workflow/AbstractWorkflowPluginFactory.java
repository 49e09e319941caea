package com.atlassian.jira.plugin.workflow;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/plugin/workflow/AbstractWorkflowPluginFactory.html (subset: getVelocityParams dispatching on the resource names of JiraWorkflowPluginConstants, and the three hooks)

import com.opensymphony.workflow.loader.AbstractDescriptor;
import java.util.HashMap;
import java.util.Map;

public abstract class AbstractWorkflowPluginFactory implements WorkflowPluginFactory {

    public AbstractWorkflowPluginFactory() {
    }

    @Override
    public Map<String, ?> getVelocityParams(String resourceName, AbstractDescriptor descriptor) {
        Map<String, Object> params = new HashMap<>();
        if ("input-parameters".equals(resourceName)) {
            getVelocityParamsForInput(params);
        } else if ("edit-parameters".equals(resourceName)) {
            getVelocityParamsForEdit(params, descriptor);
        } else if ("view".equals(resourceName)) {
            getVelocityParamsForView(params, descriptor);
        }
        return params;
    }

    protected abstract void getVelocityParamsForInput(Map<String, Object> velocityParams);

    protected abstract void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor);

    protected abstract void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor);
}
