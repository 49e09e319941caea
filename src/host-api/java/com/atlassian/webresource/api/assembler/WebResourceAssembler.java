package com.atlassian.webresource.api.assembler;

// Mirrors atlassian-plugins-webresource-api 6.1.1 WebResourceAssembler as read in ngannk-fptu/Decompiled-Files (subset)

public interface WebResourceAssembler {

    RequiredResources resources();
}
