// Mirrors public signatures (subset) of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/Response.java (javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html)
package com.atlassian.sal.api.net;

import java.io.InputStream;
import java.util.Map;

public interface Response {
    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;

    InputStream getResponseBodyAsStream() throws ResponseException;

    String getStatusText();

    boolean isSuccessful();

    String getHeader(String name);

    Map<String, String> getHeaders();
}
