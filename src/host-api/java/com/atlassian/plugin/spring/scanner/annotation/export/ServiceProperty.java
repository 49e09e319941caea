package com.atlassian.plugin.spring.scanner.annotation.export;

// Mirrors atlassian-spring-scanner-annotation 3.0.4 ServiceProperty as read in ngannk-fptu/Decompiled-Files (element type of ExportAsService.properties(); no @Target/@Retention in the original)

public @interface ServiceProperty {

    String key();

    String value();
}
