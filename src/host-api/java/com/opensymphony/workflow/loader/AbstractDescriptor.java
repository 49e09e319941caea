package com.opensymphony.workflow.loader;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.loader.AbstractDescriptor (as bundled by Jira; subset: getId())

public abstract class AbstractDescriptor {

    private int id;

    public int getId() {
        return id;
    }

    public void setId(int id) {
        this.id = id;
    }
}
