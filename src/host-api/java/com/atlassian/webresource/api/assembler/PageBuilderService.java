package com.atlassian.webresource.api.assembler;

// Mirrors atlassian-plugins-webresource-api 6.1.1 PageBuilderService as read in ngannk-fptu/Decompiled-Files (subset)

public interface PageBuilderService {

    WebResourceAssembler assembler();
}
