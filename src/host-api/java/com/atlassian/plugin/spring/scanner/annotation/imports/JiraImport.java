package com.atlassian.plugin.spring.scanner.annotation.imports;

// Mirrors atlassian-spring-scanner-annotation 3.0.4 JiraImport as read in ngannk-fptu/Decompiled-Files (meta-annotation @OnlyInProduct(ProductFilter.JIRA) elided: that type is not stubbed)

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@ComponentImport
public @interface JiraImport {

    String value() default "";
}
