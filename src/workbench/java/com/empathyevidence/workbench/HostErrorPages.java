package com.empathyevidence.workbench;

import com.atlassian.sal.api.message.I18nResolver;
import com.empathyevidence.workbench.host.WorkbenchTemplateRenderer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The workbench's error pages, as the hosts answer: under {@code /rest/} the app's JSON error body
 * ({@code status, message, fieldErrors}, the message from the plugin's i18n bundle), elsewhere a plain page. Never a
 * stack trace, an exception's class or the server's name and version.
 *
 * <p>A URL with a broken percent escape ({@code /%}, {@code /rest/empathy/1.0/%ZZ}) is let past Jetty's parser only
 * so that it is answered here, with the path known (Jetty would otherwise answer its own page for "/badMessage"):
 * {@link #rejectMalformed} answers 400 before any servlet sees it, as Tomcat refuses such a URL with 400.
 */
final class HostErrorPages extends ErrorHandler {

    /** The broken encodings the connector lets through for {@link #rejectMalformed} to refuse with the right body. */
    static final Set<UriCompliance.Violation> MALFORMED = EnumSet.of(UriCompliance.Violation.BAD_PERCENT_ENCODING,
            UriCompliance.Violation.BAD_UTF8_ENCODING, UriCompliance.Violation.TRUNCATED_UTF8_ENCODING);

    static final UriCompliance COMPLIANCE = UriCompliance.DEFAULT.with("workbench", MALFORMED.toArray(new UriCompliance.Violation[0]));

    private final I18nResolver i18n;

    HostErrorPages(I18nResolver i18n) {
        this.i18n = i18n;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /**
     * The connector's HTTP/1.1 connections: a request target with a broken percent escape (a % not followed by two
     * hexadecimal digits, which Jetty's parser rejects before the path is known) is read with each such % escaped, and
     * the request marked malformed, so that {@link #rejectMalformed} answers it with the body its path calls for.
     */
    static HttpConnectionFactory connections(HttpConfiguration config) {
        return new HttpConnectionFactory(config) {
            @Override
            public Connection newConnection(Connector connector, EndPoint endPoint) {
                MarkingConnection connection = new MarkingConnection(getHttpConfiguration(), connector, endPoint);
                connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
                connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
                return configure(connection, connector, endPoint);
            }
        };
    }

    /** One HTTP/1.1 connection: requests on it are read one after another, so one flag is the current request's. */
    static final class MarkingConnection extends HttpConnection {
        volatile boolean malformedTarget;

        MarkingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
            super(config, connector, endPoint);
        }

        @Override
        protected RequestHandler newRequestHandler() {
            return new RequestHandler() {
                @Override
                public void startRequest(String method, String target, HttpVersion version) {
                    String escaped = escapeBrokenPercents(target);
                    malformedTarget = !escaped.equals(target);
                    super.startRequest(method, escaped, version);
                }
            };
        }
    }

    /** Every % that does not start a two-digit hexadecimal escape, as %25; the rest unchanged. */
    static String escapeBrokenPercents(String target) {
        if (target == null || target.indexOf('%') < 0) {
            return target;
        }
        StringBuilder out = new StringBuilder(target.length() + 8);
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            out.append(c);
            if (c == '%' && !(i + 2 < target.length() && hex(target.charAt(i + 1)) && hex(target.charAt(i + 2)))) {
                out.append("25");
            }
        }
        return out.toString();
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** In front of everything: a malformed URL gets 400 from {@link HostErrorPages}, and reaches no servlet. */
    static Handler rejectMalformed(Handler next) {
        return new Handler.Wrapper(next) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                HttpURI uri = request.getHttpURI();
                boolean marked = request.getConnectionMetaData().getConnection() instanceof MarkingConnection c && c.malformedTarget;
                if (marked || (uri != null && uri.hasViolations() && uri.getViolations().stream().anyMatch(MALFORMED::contains))) {
                    Response.writeError(request, response, callback, 400);
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        HttpURI uri = request.getHttpURI();
        String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
        String body;
        if (path.startsWith("/rest/")) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            body = "{\"status\":" + code + ",\"message\":\"" + json(i18n.getText(restMessageKey(code))) + "\",\"fieldErrors\":[]}";
        } else {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
            // the workbench's own servlets say why in sendError (e.g. "Only administrators can ..."); an exception never shows
            boolean ownWords = cause == null && message != null && code < 500 && !message.equals(org.eclipse.jetty.http.HttpStatus.getMessage(code));
            body = page(code, ownWords ? message : null);
        }
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    static String restMessageKey(int code) {
        return switch (code) {
            case 400 -> "empathy.error.badAddress";
            case 401 -> "empathy.error.notSignedIn";
            case 404 -> "empathy.error.noSuchResource";
            case 405 -> "empathy.error.methodNotAllowed";
            default -> "empathy.error.unexpected";
        };
    }

    /** The workbench's own plain page (workbench-only wording, like its other pages). */
    private static String page(int code, String ownWords) {
        String title;
        String text;
        switch (code) {
            case 400 -> {
                title = "Bad request";
                text = "This address is not a valid URL (a % must be followed by two hexadecimal digits). Check the link and try again.";
            }
            case 403 -> {
                title = "Not allowed";
                text = "You are not allowed to do this. Sign in as a user who may, or ask an administrator.";
            }
            case 404 -> {
                title = "Page not found";
                text = "There is nothing at this address. Check the link, or start again from the workbench's home page.";
            }
            case 405 -> {
                title = "Not allowed here";
                text = "This address does not accept that kind of request.";
            }
            default -> {
                title = code >= 500 ? "Something went wrong" : "The request could not be answered";
                text = code >= 500 ? "Something went wrong on the server. Try again; if it keeps happening, look at the workbench's output."
                        : "The request could not be answered. Check the link and try again.";
            }
        }
        if (ownWords != null) {
            text = ownWords;
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + WorkbenchTemplateRenderer.escape(title) + "</title></head>"
                + "<body><main><h1>" + WorkbenchTemplateRenderer.escape(title) + "</h1><p>" + WorkbenchTemplateRenderer.escape(text) + "</p>"
                + "<p><a href=\"/\">Go to the workbench home page</a></p></main></body></html>";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
