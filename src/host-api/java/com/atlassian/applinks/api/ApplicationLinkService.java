// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkService.java (javadoc: https://docs.atlassian.com/applinks-api/latest/com/atlassian/applinks/api/ApplicationLinkService.html)
package com.atlassian.applinks.api;

public interface ApplicationLinkService {
    ApplicationLink getApplicationLink(ApplicationId id) throws TypeNotInstalledException;

    Iterable<ApplicationLink> getApplicationLinks();

    Iterable<ApplicationLink> getApplicationLinks(Class<? extends ApplicationType> type);

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
