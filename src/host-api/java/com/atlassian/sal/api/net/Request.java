// Mirrors public signatures (subset) of ngannk-fptu/Decompiled-Files: com.atlassian.sal_sal-api-5.1.4/com/atlassian/sal/api/net/Request.java (javadoc: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html)
package com.atlassian.sal.api.net;

public interface Request<T extends Request<?, ?>, RESP extends Response> {
    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setUrl(String url);

    T setRequestBody(String requestBody);

    T setRequestBody(String requestBody, String contentType);

    T addHeader(String headerName, String headerValue);

    T setHeader(String headerName, String headerValue);

    void execute(ResponseHandler<? super RESP> responseHandler) throws ResponseException;

    String execute() throws ResponseException;

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    enum MethodType {
        GET,
        POST,
        PUT,
        DELETE,
        HEAD,
        TRACE,
        OPTIONS,
        PATCH
    }
}
