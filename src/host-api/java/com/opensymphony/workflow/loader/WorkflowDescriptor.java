package com.opensymphony.workflow.loader;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.loader.WorkflowDescriptor (as bundled by Jira; subset: getAction(int), addGlobalAction(ActionDescriptor))

import java.util.HashMap;
import java.util.Map;

public class WorkflowDescriptor extends AbstractDescriptor {

    private final Map<Integer, ActionDescriptor> actions = new HashMap<>();

    public ActionDescriptor getAction(int id) {
        return actions.get(id);
    }

    public void addGlobalAction(ActionDescriptor action) {
        actions.put(action.getId(), action);
    }
}
