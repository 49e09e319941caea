package com.atlassian.plugin.spring.scanner.annotation.export;

// Mirrors atlassian-spring-scanner-annotation 3.0.4 ExportAsService as read in ngannk-fptu/Decompiled-Files

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    /** Interfaces to export; empty means all interfaces of the component. */
    Class<?>[] value() default {};

    ServiceProperty[] properties() default {};
}
