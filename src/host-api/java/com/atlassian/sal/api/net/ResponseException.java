// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseException.java
package com.atlassian.sal.api.net;

public class ResponseException extends Exception {
    public ResponseException() {
        super();
    }

    public ResponseException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseException(String message) {
        super(message);
    }

    public ResponseException(Throwable cause) {
        super(cause);
    }
}
