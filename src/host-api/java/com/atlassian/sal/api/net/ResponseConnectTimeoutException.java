// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseConnectTimeoutException.java
package com.atlassian.sal.api.net;

public class ResponseConnectTimeoutException extends ResponseTimeoutException {
    public ResponseConnectTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseConnectTimeoutException(String message) {
        super(message);
    }

    public ResponseConnectTimeoutException(Throwable cause) {
        super(cause);
    }
}
