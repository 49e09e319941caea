// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseProtocolException.java
package com.atlassian.sal.api.net;

public class ResponseProtocolException extends ResponseException {
    public ResponseProtocolException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseProtocolException(String message) {
        super(message);
    }

    public ResponseProtocolException(Throwable cause) {
        super(cause);
    }
}
