// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkRequest.java
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;

public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
    <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException;
}
