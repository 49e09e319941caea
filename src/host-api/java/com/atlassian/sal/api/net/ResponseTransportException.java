// Mirrors public signatures of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/ResponseTransportException.java
package com.atlassian.sal.api.net;

public class ResponseTransportException extends ResponseException {
    public ResponseTransportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ResponseTransportException(String message) {
        super(message);
    }

    public ResponseTransportException(Throwable cause) {
        super(cause);
    }
}
