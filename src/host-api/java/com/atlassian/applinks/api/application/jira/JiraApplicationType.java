// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/application/jira/JiraApplicationType.java
package com.atlassian.applinks.api.application.jira;

import com.atlassian.applinks.api.ApplicationType;

public interface JiraApplicationType extends ApplicationType {
}
