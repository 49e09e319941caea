package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The REST API as the tests call it: JSON in and out over real HTTP, with assertions on the one error body. Every
 * test makes its own data with {@link #unique(String)} names, so tests never depend on each other or on order.
 */
final class Api {

    static final String JSON_TYPE = "application/json";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** Differs per JVM run, so keys stay unique even against a kept database. */
    private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(java.util.Locale.ROOT);

    private Api() {
    }

    /** A name no other test uses, e.g. "P-A1B2C3-7"; upper case letters, digits and dashes only. */
    static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }

    /** A persona key (capital letters, digits, dashes or underscores, starting with a letter, at most 32). */
    static String personaKey(String prefix) {
        return unique(prefix).replace("-", "_");
    }

    static ObjectNode object() {
        return Http.JSON.createObjectNode();
    }

    static HttpResponse<String> get(String path, String user) throws Exception {
        return Http.get(Http.REST + path, user);
    }

    static HttpResponse<String> post(String path, String user, Object body) throws Exception {
        return Http.send("POST", Http.REST + path, user, JSON_TYPE, body == null ? null : Http.JSON.writeValueAsString(body));
    }

    static HttpResponse<String> put(String path, String user, Object body) throws Exception {
        return Http.send("PUT", Http.REST + path, user, JSON_TYPE, body == null ? null : Http.JSON.writeValueAsString(body));
    }

    static HttpResponse<String> delete(String path, String user) throws Exception {
        return Http.send("DELETE", Http.REST + path, user, JSON_TYPE, null);
    }

    /** The body, after checking the status. */
    static JsonNode ok(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.request().method() + " " + response.uri() + ": " + response.body(), status, response.statusCode());
        return response.body().isEmpty() ? Http.JSON.nullNode() : Http.json(response);
    }

    /** An error with the one error body: status, message and the field errors, field by field. */
    static JsonNode error(int status, String message, HttpResponse<String> response) throws Exception {
        JsonNode body = ok(status, response);
        assertEquals(status, body.get("status").asInt());
        if (message != null) {
            assertEquals(message, body.get("message").asText());
        } else {
            assertTrue(!body.get("message").asText().isBlank());
        }
        assertTrue(body.get("fieldErrors").isArray());
        return body;
    }

    /** A 400 naming exactly these fields, each with its message: field1, message1, field2, message2, ... */
    static JsonNode invalid(HttpResponse<String> response, String... fieldsAndMessages) throws Exception {
        int n = fieldsAndMessages.length / 2;
        JsonNode body = error(400, n == 1 ? "One field needs your attention." : n + " fields need your attention.", response);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < fieldsAndMessages.length; i += 2) {
            expected.add(fieldsAndMessages[i] + ": " + fieldsAndMessages[i + 1]);
        }
        List<String> actual = new ArrayList<>();
        body.get("fieldErrors").forEach(f -> actual.add(f.get("field").asText() + ": " + f.get("message").asText()));
        assertEquals(expected, actual);
        return body;
    }

    /** Evidence input with sensible defaults: a quote in DEMO, no persona, observed ten days ago. */
    static ObjectNode evidence(String text) {
        ObjectNode e = object();
        e.put("text", text);
        e.put("kind", "QUOTE");
        e.put("section", "PAINS");
        e.put("sourceKind", "INTERVIEW");
        e.put("sourceTitle", "Test interviews");
        e.put("project", "DEMO");
        e.put("observedOn", LocalDate.now().minusDays(10).toString());
        return e;
    }

    static JsonNode createEvidence(String user, ObjectNode input) throws Exception {
        return ok(201, post("/evidence", user, input));
    }

    static JsonNode createPersona(String key) throws Exception {
        ObjectNode p = object();
        p.put("key", key);
        p.put("name", "Persona " + key);
        p.put("description", "Made by a test");
        return ok(201, post("/personas", "pm", p));
    }

}
