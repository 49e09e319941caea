package com.atlassian.plugin.spring.scanner.annotation.imports;

// Mirrors atlassian-spring-scanner-annotation 3.0.4 ComponentImport as read in ngannk-fptu/Decompiled-Files

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {

    /** Bean name; empty means the decapitalised simple name of the imported interface. */
    String value() default "";
}
