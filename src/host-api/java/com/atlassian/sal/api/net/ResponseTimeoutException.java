// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseTimeoutException.java
package com.atlassian.sal.api.net;

public class ResponseTimeoutException extends ResponseException {
    public ResponseTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseTimeoutException(String message) {
        super(message);
    }

    public ResponseTimeoutException(Throwable cause) {
        super(cause);
    }
}
