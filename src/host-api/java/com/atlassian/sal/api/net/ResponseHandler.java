// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseHandler.java
package com.atlassian.sal.api.net;

public interface ResponseHandler<T extends Response> {
    void handle(T response) throws ResponseException;
}
