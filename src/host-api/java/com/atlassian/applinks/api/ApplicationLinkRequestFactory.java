// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkRequestFactory.java
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {
    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
