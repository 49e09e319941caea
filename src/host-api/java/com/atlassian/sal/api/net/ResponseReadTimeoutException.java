// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseReadTimeoutException.java
package com.atlassian.sal.api.net;

public class ResponseReadTimeoutException extends ResponseTimeoutException {
    public ResponseReadTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseReadTimeoutException(String message) {
        super(message);
    }

    public ResponseReadTimeoutException(Throwable cause) {
        super(cause);
    }
}
