// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.applinks_applinks-api-9.1.4/com/atlassian/applinks/api/ApplicationLinkResponseHandler.java
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ReturningResponseHandler;

public interface ApplicationLinkResponseHandler<R> extends ReturningResponseHandler<Response, R> {
    R credentialsRequired(Response response) throws ResponseException;
}
