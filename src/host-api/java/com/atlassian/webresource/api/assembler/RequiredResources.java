package com.atlassian.webresource.api.assembler;

// Mirrors atlassian-plugins-webresource-api 6.1.1 RequiredResources as read in ngannk-fptu/Decompiled-Files (subset: the two single-argument require methods)

public interface RequiredResources {

    /** @param moduleCompleteKey "plugin.key:web-resource-key" */
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
