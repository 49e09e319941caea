// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseStatusException.java
package com.atlassian.sal.api.net;

public class ResponseStatusException extends ResponseException {
    private final Response response;

    public ResponseStatusException(String message, Response response) {
        super(message);
        this.response = response;
    }

    public Response getResponse() {
        return response;
    }
}
