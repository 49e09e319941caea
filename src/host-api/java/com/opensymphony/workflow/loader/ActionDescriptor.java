package com.opensymphony.workflow.loader;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.loader.ActionDescriptor (as bundled by Jira; subset: getName())

public class ActionDescriptor extends AbstractDescriptor {

    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
