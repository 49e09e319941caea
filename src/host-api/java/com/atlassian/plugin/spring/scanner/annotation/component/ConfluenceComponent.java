package com.atlassian.plugin.spring.scanner.annotation.component;

// Mirrors atlassian-spring-scanner-annotation 3.0.4 ConfluenceComponent as read in ngannk-fptu/Decompiled-Files (meta-annotations @org.springframework.stereotype.Component and @OnlyInProduct(ProductFilter.CONFLUENCE) elided: no Spring on this classpath)

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConfluenceComponent {

    String value() default "";
}
