package com.opensymphony.workflow.loader;

// Mirrors OSWorkflow 2.8 com.opensymphony.workflow.loader.ValidatorDescriptor (as bundled by Jira; subset: getArgs())

import java.util.HashMap;
import java.util.Map;

public class ValidatorDescriptor extends AbstractDescriptor {

    protected Map args = new HashMap();

    public Map getArgs() {
        return args;
    }
}
