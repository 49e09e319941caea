package com.empathyevidence.workbench.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Real HTTP calls against the shared workbench, with HTTP Basic as Jira Data Center allows for REST. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String REST = "/rest/empathy/1.0";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {
    }

    static HttpResponse<String> get(String path, String user) throws Exception {
        return send("GET", path, user, null, null);
    }

    static HttpResponse<String> post(String path, String user, String contentType, String body) throws Exception {
        return send("POST", path, user, contentType, body);
    }

    /** Any method; {@code body} null sends none. */
    static HttpResponse<String> send(String method, String path, String user, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(SharedWorkbench.url(path)).timeout(Duration.ofMinutes(3))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", basic(user, user));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Any method to any URL (for instance another workbench than the shared one), with the given headers (name,
     * value, name, value...); {@code body} null sends none. Redirects are not followed, cookies not kept.
     */
    static HttpResponse<String> send(java.net.URI url, String method, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(3))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The {@code Authorization} value for a personal access token. */
    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The session cookie an answer sets ("JSESSIONID=..."), or null. */
    static String sessionCookie(HttpResponse<String> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("JSESSIONID=")) {
                return cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
            }
        }
        return null;
    }

    /** Signs in on a workbench's login page as a browser would (form post) and answers the session cookie. */
    static String signIn(java.net.URI base, String user) throws Exception {
        HttpResponse<String> login = send(base.resolve("login"), "POST", "application/x-www-form-urlencoded",
                "username=" + user + "&password=" + user + "&next=%2F");
        if (login.statusCode() != 302 || sessionCookie(login) == null) {
            throw new AssertionError("signing in as " + user + " answered " + login.statusCode() + ": " + login.body());
        }
        return sessionCookie(login);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
