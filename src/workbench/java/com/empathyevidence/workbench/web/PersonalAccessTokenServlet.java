package com.empathyevidence.workbench.web;

import com.empathyevidence.workbench.host.CurrentUser;
import com.empathyevidence.workbench.host.Directory;
import com.empathyevidence.workbench.host.PersonalAccessTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Jira Data Center's personal access token REST API ({@code /rest/pat/latest/tokens}, public documentation "Using
 * Personal Access Tokens"): {@code POST} {@code {"name", "expirationDuration"}} (days, optional) answers 201 with
 * {@code id, name, createdAt, expiringAt, rawToken}; {@code GET} lists the caller's tokens without the secret;
 * {@code DELETE /{id}} revokes (204). Any signed-in caller may manage their own tokens, authenticated by session,
 * HTTP Basic (while it is on) or another token, as in Jira. Errors carry the app's one error body.
 */
final class PersonalAccessTokenServlet extends HttpServlet {

    /** Jira's date format in this API, e.g. 2020-08-05T13:17:39.196+0000. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);
    static final int MAX_NAME = 255;
    static final int MAX_DAYS = 365;

    private final PersonalAccessTokens tokens;
    private final ObjectMapper json;

    PersonalAccessTokenServlet(PersonalAccessTokens tokens, ObjectMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Directory.User> user = signedIn(response);
        if (user.isEmpty()) {
            return;
        }
        if (id(request) != null) {
            error(response, 405, "Use GET /rest/pat/latest/tokens to list your tokens, or DELETE on a token to revoke it.");
            return;
        }
        ArrayNode list = json.createArrayNode();
        for (PersonalAccessTokens.Token t : tokens.list(user.get().username())) {
            list.add(describe(t));
        }
        send(response, 200, list);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Directory.User> user = signedIn(response);
        if (user.isEmpty()) {
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            error(response, 415, "Send the token as JSON (Content-Type: application/json), for example {\"name\": \"CI\", \"expirationDuration\": 90}.");
            return;
        }
        JsonNode body;
        try {
            body = json.readTree(request.getInputStream());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            error(response, 400, "The request body is not a JSON object. Send {\"name\": \"CI\", \"expirationDuration\": 90}.");
            return;
        }
        JsonNode name = body.get("name");
        JsonNode days = body.get("expirationDuration");
        Map<String, String> problems = validate(name == null || name.isNull() ? null : name.isTextual() ? name.asText() : "\u0000",
                days == null || days.isNull() ? null : days.isIntegralNumber() ? days.asText() : "x");
        if (!problems.isEmpty()) {
            invalid(response, problems);
            return;
        }
        PersonalAccessTokens.Issued issued = tokens.create(user.get().username(), name.asText().trim(),
                days == null || days.isNull() ? null : days.asInt());
        ObjectNode answer = describe(issued.token());
        answer.put("rawToken", issued.rawToken());
        response.setHeader("Cache-Control", "no-store");
        send(response, 201, answer);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Directory.User> user = signedIn(response);
        if (user.isEmpty()) {
            return;
        }
        Long id = id(request);
        if (id == null || !tokens.revoke(user.get().username(), id)) {
            error(response, 404, "You have no personal access token with the id " + (id == null ? "given" : id)
                    + ". List your tokens with GET /rest/pat/latest/tokens.");
            return;
        }
        response.setStatus(204);
    }

    /**
     * The problems with a new token's name and expiry (field to message; empty when fine). {@code days} is the text
     * given (null: never expires). Shared with the Personal Access Tokens page.
     */
    static Map<String, String> validate(String name, String days) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            problems.put("name", "Give the token a name, so you know later what uses it.");
        } else if (name.indexOf('\u0000') >= 0) {
            problems.put("name", "The name must be text.");
        } else if (name.trim().length() > MAX_NAME) {
            problems.put("name", "The name is " + name.trim().length() + " characters long; use at most " + MAX_NAME + ".");
        }
        if (days != null && !days.isBlank()) {
            int value;
            try {
                value = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                value = -1;
            }
            if (value < 1 || value > MAX_DAYS) {
                problems.put("expirationDuration", "The expiry must be a whole number of days from 1 to " + MAX_DAYS
                        + ", or left out for a token that never expires.");
            }
        }
        return problems;
    }

    private ObjectNode describe(PersonalAccessTokens.Token t) {
        ObjectNode node = json.createObjectNode();
        node.put("id", t.id());
        node.put("name", t.name());
        node.put("createdAt", DATE.format(t.createdAt()));
        if (t.expiringAt() != null) {
            node.put("expiringAt", DATE.format(t.expiringAt()));
        }
        return node;
    }

    private Optional<Directory.User> signedIn(HttpServletResponse response) throws IOException {
        Optional<Directory.User> user = CurrentUser.get();
        if (user.isEmpty()) {
            error(response, 401, "Sign in to manage your personal access tokens (a session, HTTP Basic where it is on, or another token).");
        }
        return user;
    }

    private static Long id(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return null;
        }
        try {
            return Long.parseLong(info.substring(1));
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private void invalid(HttpServletResponse response, Map<String, String> problems) throws IOException {
        ObjectNode body = errorBody(400, problems.size() == 1 ? "One field needs your attention." : problems.size() + " fields need your attention.");
        ArrayNode fields = (ArrayNode) body.get("fieldErrors");
        problems.forEach((field, message) -> {
            ObjectNode f = fields.addObject();
            f.put("field", field);
            f.put("message", message);
            f.putNull("row");
            f.putNull("line");
        });
        send(response, 400, body);
    }

    private void error(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, errorBody(status, message));
    }

    private ObjectNode errorBody(int status, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("status", status);
        body.put("message", message);
        body.putArray("fieldErrors");
        return body;
    }

    private void send(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    static String format(Instant instant) {
        return DATE.format(instant);
    }
}
