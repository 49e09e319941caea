package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Real requests to the workbench and their real responses, success and error bodies alike, validated against the
 * OpenAPI document the API serves at /rest/empathy/1.0/openapi.json (Atlassian's swagger-request-validator).
 */
public class OpenApiContractIT {

    private static OpenApiInteractionValidator validator;
    private static io.swagger.v3.oas.models.OpenAPI document;
    private final List<String> problems = new ArrayList<>();
    private int checked;

    @BeforeClass
    public static void readTheDocument() throws Exception {
        HttpResponse<String> doc = Http.get(Http.REST + "/openapi.json", "viewer");
        assertEquals(200, doc.statusCode());
        assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(doc.body()).build();
        document = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(doc.body()).getOpenAPI();
    }

    /** Sends the request and validates request and response against the document. */
    private HttpResponse<String> call(String method, String path, String user, Object body) throws Exception {
        return call(method, path, user, body, true);
    }

    /** A request the document says is wrong (a required field left out, on purpose): only the answer is checked. */
    private HttpResponse<String> callWrong(String method, String path, String user, Object body) throws Exception {
        return call(method, path, user, body, false);
    }

    private HttpResponse<String> call(String method, String path, String user, Object body, boolean checkRequest) throws Exception {
        String json = body == null ? null : Http.JSON.writeValueAsString(body);
        HttpResponse<String> response = Http.send(method, Http.REST + path, user, json == null && method.equals("GET") ? null : Api.JSON_TYPE, json);
        URI uri = response.uri();
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(kv[0], java.net.URLDecoder.decode(kv.length > 1 ? kv[1] : "", java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (json != null) {
            request.withContentType(Api.JSON_TYPE).withBody(json);
        }
        if (user != null) {
            request.withAuthorization(Http.basic(user, user));
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        // an anonymous request lacks the credentials the document asks for: check what the API answers to it
        ValidationReport report = user == null || !checkRequest ? validator.validateResponse(uri.getRawPath(), Request.Method.valueOf(method), answer.build())
                : validator.validate(request.build(), answer.build());
        checked++;
        if (report.hasErrors()) {
            problems.add(method + " " + path + " -> " + response.statusCode() + ": " + report.getMessages() + "\n   " + abbreviate(response.body()));
        }
        return response;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    @Test
    public void successAndErrorResponsesMatchTheDocument() throws Exception {
        HttpResponse<String> created = call("POST", "/evidence", "pm", evidence("Contract " + unique("w")).put("participantAlias", unique("P")).put("participantConsent", true));
        assertEquals(201, created.statusCode());
        long id = Http.json(created).get("id").asLong();
        call("GET", "/evidence/" + id, "pm", null);
        call("GET", "/evidence?q=contract&limit=2&sort=created-desc&freshness=FRESH", "viewer", null);
        call("PUT", "/evidence/" + id, "pm", evidence("Changed").put("version", 1));
        call("PUT", "/evidence/" + id, "pm", evidence("Stale").put("version", 1));                  // 409
        call("POST", "/evidence/" + id + "/reconfirmations", "pm", object().put("note", "Still true"));
        call("GET", "/evidence/" + id + "/reconfirmations", "pm", null);
        callWrong("POST", "/evidence", "pm", object().put("text", ""));                                // 400 with field errors
        callWrong("POST", "/evidence", "pm", object().put("sourceMomentSeconds", "soon"));             // 400 naming the field
        callWrong("POST", "/participants", "pm", object().put("alias", unique("P")));                  // 400: consent required
        call("PUT", "/policy", "admin", Http.json(call("GET", "/policy", "admin", null)));             // what GET gives, PUT takes
        call("GET", "/evidence/99999999", "pm", null);                                                 // 404
        call("GET", "/evidence/" + id, null, null);                                                    // 401
        call("PUT", "/policy", "pm", object().put("OTHER", 100));                                      // 403
        call("GET", "/issues/DEMO-1/evidence", "viewer", null);
        call("GET", "/issues/BILL-1/evidence", "viewer", null);                                        // 404
        call("GET", "/personas/ACCOUNTANT/map", "pm", null);
        call("GET", "/personas/FREELANCER/map", "viewer", null);
        call("GET", "/personas", "viewer", null);
        call("GET", "/personas/ACCOUNTANT/items", "viewer", null);
        call("GET", "/participants", "viewer", null);
        call("GET", "/participants/P-014", "viewer", null);
        call("GET", "/policy", "viewer", null);
        call("GET", "/policy/projects/DEMO", "viewer", null);
        call("GET", "/export?persona=FREELANCER", "viewer", null);
        call("GET", "/export?section=NOPE", "viewer", null);                                           // 400
        call("POST", "/import", "pm", object().put("dryRun", true).put("csv", CsvImportIT.HEADER + "\r\nx,QUOTE,NOPE,OTHER,,,,,,,DEMO,2024-01-01,\r\n"));
        call("POST", "/import", "pm", object().put("csv", CsvImportIT.HEADER + "\r\nx,QUOTE,NOPE,OTHER,,,,,,,DEMO,2024-01-01,\r\n")); // 400 rows
        HttpResponse<String> streamed = call("POST", "/import?progress=stream", "pm",
                object().put("dryRun", true).put("csv", CsvImportIT.HEADER + "\r\nx,QUOTE,SAYS,OTHER,,,,,,,DEMO,2024-01-01,\r\n"));
        assertTrue(streamed.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        streamedLinesMatchTheDocument(streamed.body());
        call("POST", "/import?progress=stream", "pm", object().put("csv", CsvImportIT.HEADER + "\r\nx,QUOTE,NOPE,OTHER,,,,,,,DEMO,2024-01-01,\r\n"));
        long retire = Http.json(call("POST", "/evidence", "pm", evidence("Retire " + unique("w")))).get("id").asLong();
        call("POST", "/evidence/" + retire + "/retire", "pm", object().put("reason", "Done").put("successorId", id));
        call("POST", "/evidence/" + retire + "/retire", "pm", object().put("reason", "Again"));          // 409

        String persona = Api.personaKey("OAS");
        call("POST", "/personas", "pm", object().put("key", persona).put("name", "Contract persona"));
        long item = Http.json(call("POST", "/personas/" + persona + "/items", "pm", object().put("section", "PAINS").put("statement", "Hurts"))).get("id").asLong();
        call("POST", "/personas/items/" + item + "/evidence", "pm", object().put("evidenceId", id));
        call("GET", "/personas/" + persona + "/map", "pm", null);
        call("DELETE", "/personas/items/" + item + "/evidence/" + id, "pm", null);
        call("POST", "/issues/BILL-2/links", "pm", object().put("evidenceId", id).put("relation", "SUPPORTS"));
        call("POST", "/issues/BILL-2/links", "pm", object().put("evidenceId", id));                      // 409
        call("GET", "/issues/BILL-2/evidence", "pm", null);
        call("DELETE", "/issues/BILL-2/links/evidence/" + id, "pm", null);
        call("DELETE", "/personas/items/" + item, "pm", null);

        HttpResponse<String> plain = Http.send("POST", Http.REST + "/evidence", "pm", "text/plain", "hello");   // 415
        ValidationReport report = validator.validateResponse(Http.REST + "/evidence", Request.Method.POST,
                SimpleResponse.Builder.status(plain.statusCode()).withContentType("application/json").withBody(plain.body()).build());
        assertEquals(415, plain.statusCode());
        assertFalse(report.getMessages().toString(), report.hasErrors());

        assertTrue(checked > 35);
        assertEquals("responses that do not match the OpenAPI document", List.of(), problems);
    }

    /**
     * Each line of a streamed import against the schema the document gives a line of application/x-ndjson (the
     * interaction validator reads a body as one JSON value and does not check this media type).
     */
    private void streamedLinesMatchTheDocument(String body) {
        io.swagger.v3.oas.models.media.Schema<?> schema = document.getPaths().get("/import").getPost().getResponses().get("200")
                .getContent().get("application/x-ndjson").getSchema();
        com.atlassian.oai.validator.schema.SchemaValidator lines = new com.atlassian.oai.validator.schema.SchemaValidator(document,
                new com.atlassian.oai.validator.report.MessageResolver());
        assertTrue("the document's schema of a line is really checked",
                lines.validate("{\"phase\":[1],\"done\":\"many\"}", schema, "response.body").hasErrors());
        String[] all = body.split("\n");
        assertTrue(body, all.length >= 3);
        for (String line : all) {
            ValidationReport report = lines.validate(line, schema, "response.body");
            checked++;
            if (report.hasErrors()) {
                problems.add("streamed line " + line.trim() + ": " + report.getMessages());
            }
        }
    }

    @Test
    public void theDocumentNamesTheAccessLevelOfEveryOperation() throws Exception {
        JsonNode doc = Http.json(Http.get(Http.REST + "/openapi.json", "pm"));
        int operations = 0;
        for (JsonNode path : doc.get("paths")) {
            for (JsonNode op : path) {
                operations++;
                assertTrue(op.toString(), List.of("LicensedOnly", "AdminOnly").contains(op.get("x-access").asText()));
                assertTrue(op.get("responses").has("401"));
            }
        }
        assertEquals("AdminOnly", doc.get("paths").get("/participants/{alias}/erase").get("post").get("x-access").asText());
        assertEquals("LicensedOnly", doc.get("paths").get("/import").get("post").get("x-access").asText());
        assertTrue(operations >= 35);
    }
}
