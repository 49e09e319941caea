package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.Test;

/**
 * Unknown paths and malformed URLs, sent byte for byte (an HTTP client would refuse to send {@code /%}): the app's
 * JSON error body under /rest, the host's plain page elsewhere, never a page naming Jetty, a class or a stack.
 */
public class HostErrorPagesIT {

    /** Status line, headers and body of one raw HTTP/1.1 exchange. */
    private record Raw(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private static Raw raw(String method, String target, boolean signedIn) throws Exception {
        URI base = SharedWorkbench.get().baseUrl();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            String request = method + " " + target + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + (signedIn ? "Authorization: " + Http.basic("pm", "pm") + "\r\n" : "")
                    + "Accept: */*\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            String all = bytes.toString(StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, body);
        }
    }

    private static void assertNothingInternal(Raw raw) {
        String all = (raw.head() + "\n" + raw.body()).toLowerCase(Locale.ROOT);
        for (String leak : new String[]{"jetty", "exception", "badmessage", "org.eclipse", "java.", "com.empathyevidence", ".java:", "servlet"}) {
            assertFalse("names '" + leak + "':\n" + raw.head() + "\n\n" + raw.body(), all.contains(leak));
        }
    }

    private static JsonNode assertRestError(int status, Raw raw) throws Exception {
        assertEquals(raw.body(), status, raw.status());
        assertTrue(raw.header("Content-Type"), raw.header("Content-Type").startsWith("application/json"));
        JsonNode error = Http.JSON.readTree(raw.body());
        assertEquals(status, error.path("status").asInt());
        assertTrue(error.toString(), error.path("fieldErrors").isArray());
        assertFalse(error.toString(), error.path("message").asText().isBlank());
        assertNothingInternal(raw);
        return error;
    }

    private static void assertPlainPage(int status, Raw raw) {
        assertEquals(raw.body(), status, raw.status());
        assertTrue(raw.header("Content-Type"), raw.header("Content-Type").startsWith("text/html"));
        assertTrue(raw.body(), raw.body().contains("<h1>"));
        assertNothingInternal(raw);
    }

    @Test
    public void aBrokenPercentEscapeUnderTheRestApiGetsTheAppsErrorBody() throws Exception {
        JsonNode error = assertRestError(400, raw("GET", "/rest/empathy/1.0/%ZZ", true));
        assertTrue(error.toString(), error.path("message").asText().contains("valid URL"));
        assertRestError(400, raw("GET", "/rest/empathy/1.0/evidence/%", true));
        assertRestError(400, raw("POST", "/rest/empathy-map/1.0/%G0", true));
    }

    @Test
    public void aBrokenPercentEscapeElsewhereGetsThePlainPage() throws Exception {
        assertPlainPage(400, raw("GET", "/%", false));
        assertPlainPage(400, raw("GET", "/browse/%ZZ", true));
    }

    @Test
    public void anUnknownRestPathGetsTheAppsErrorBody() throws Exception {
        JsonNode error = assertRestError(404, raw("GET", "/rest/nope", true));
        assertTrue(error.toString(), error.path("message").asText().contains("nothing at this address"));
        assertRestError(404, raw("GET", "/rest/empathy/1.0/no-such-resource", true));
        assertRestError(404, raw("GET", "/rest/nope/1.0/anything", true));
    }

    @Test
    public void anUnknownPageGetsThePlainPage() throws Exception {
        assertPlainPage(404, raw("GET", "/no-such-page", true));
    }

    @Test
    public void aWorkbenchRefusalKeepsItsOwnPlainWords() throws Exception {
        Raw raw = raw("POST", "/workbench/run-jobs", true);
        assertPlainPage(403, raw);
        assertTrue(raw.body(), raw.body().contains("Only administrators can run scheduled jobs."));
    }

    @Test
    public void noAnswerNamesTheServer() throws Exception {
        Raw raw = raw("GET", "/login", false);
        assertEquals(null, raw.header("Server"));
    }
}
