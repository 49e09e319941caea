package com.atlassian.plugins.rest.api.security.annotation;

// Mirrors the REST v2 (atlassian-rest-v2-api, Platform 7) security annotation AdminOnly as used by atlassian-labs/atlassian-slack-integration-server release-2.x; targets/retention taken from its REST 7.1.9 predecessor com.atlassian.plugins.rest.common.security.AdminOnly in ngannk-fptu/Decompiled-Files (v2 definition not readable publicly)

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AdminOnly {
}
