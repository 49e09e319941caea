// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ReturningResponseHandler.java
package com.atlassian.sal.api.net;

public interface ReturningResponseHandler<T extends Response, R> {
    R handle(T response) throws ResponseException;
}
