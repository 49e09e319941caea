package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * The streamed import (Accept: application/x-ndjson, or ?progress=stream) read line by line as the workbench writes
 * it: phases in order with rising counts, one last line with the result or the error, and the same all-or-nothing
 * import as the plain JSON answer.
 */
public class CsvImportStreamIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A line of the stream and when (ms after the request was sent) it arrived. */
    record Line(JsonNode json, long atMs) {
        String phase() {
            return json.get("phase").asText();
        }
    }

    record Streamed(int status, String contentType, List<Line> lines) {
        Line last() {
            return lines.get(lines.size() - 1);
        }

        List<Line> phase(String phase) {
            return lines.stream().filter(l -> l.phase().equals(phase)).toList();
        }
    }

    /** Sends the import asking for the stream by header (or by query parameter) and reads it line by line. */
    static Streamed stream(String user, String csv, boolean dryRun, boolean byHeader) throws Exception {
        String body = Http.JSON.writeValueAsString(object().put("csv", csv).put("dryRun", dryRun));
        HttpRequest.Builder request = HttpRequest.newBuilder(SharedWorkbench.url(Http.REST + "/import" + (byHeader ? "" : "?progress=stream")))
                .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Authorization", Http.basic(user, user));
        if (byHeader) {
            request.header("Accept", "application/x-ndjson");
        }
        long t0 = System.nanoTime();
        HttpResponse<Stream<String>> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines());
        List<Line> lines = new ArrayList<>();
        try (Stream<String> body2 = response.body()) {
            Iterator<String> it = body2.iterator();
            while (it.hasNext()) {
                String text = it.next();
                lines.add(new Line(Http.JSON.readTree(text), (System.nanoTime() - t0) / 1_000_000));
            }
        }
        return new Streamed(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), lines);
    }

    private static int count(String word, String user) throws Exception {
        return ok(200, get("/evidence?status=ALL&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), user)).get("total").asInt();
    }

    /** Phases come in order, each one's counts rise and end at its total; returns the phases seen. */
    private static List<String> assertOrderedAndRising(Streamed s) {
        List<String> order = List.of("reading", "checking", "writing", "done", "failed");
        List<String> seen = new ArrayList<>();
        int lastDone = -1;
        for (Line l : s.lines()) {
            String phase = l.phase();
            assertTrue("known phase " + phase, order.contains(phase));
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(phase)) {
                assertTrue("phase " + phase + " after " + seen, seen.isEmpty() || order.indexOf(phase) > order.indexOf(seen.get(seen.size() - 1)));
                seen.add(phase);
                lastDone = -1;
            }
            if (l.json().has("done")) {
                int done = l.json().get("done").asInt();
                int total = l.json().get("total").asInt();
                assertTrue(phase + " counts rise: " + done + " after " + lastDone, done > lastDone);
                assertTrue(done + " of " + total, done <= total);
                lastDone = done;
            }
        }
        for (String phase : List.of("reading", "checking", "writing")) {
            List<Line> of = s.phase(phase);
            if (!of.isEmpty()) {
                JsonNode end = of.get(of.size() - 1).json();
                assertEquals(phase + " ends at its total", end.get("total").asInt(), end.get("done").asInt());
                assertEquals(phase + " starts at 0", 0, of.get(0).json().get("done").asInt());
            }
        }
        return seen;
    }

    static String bulkFile(String prefix, String persona, int rows) {
        StringBuilder file = new StringBuilder(CsvImportIT.EXPORT_HEADER).append("\r\n");
        LocalDate today = LocalDate.now();
        for (int i = 0; i < rows; i++) {
            file.append(prefix).append(" row ").append(i).append(",QUOTE,")
                    .append(com.empathyevidence.domain.Section.values()[i % 9]).append(',')
                    .append(com.empathyevidence.domain.SourceKind.values()[i % 9]).append(",Streamed round,https://example.com/s/")
                    .append(i).append(",,").append(prefix).append("-").append(i % 100).append(",Segment,")
                    .append(persona).append(",DEMO,").append(today.minusDays(i % 300)).append(",stream,true\r\n");
        }
        return file.toString();
    }

    @Test
    public void tenThousandRowsStreamTheirProgressAndTheResultThenAreThere() throws Exception {
        String persona = Api.personaKey("STREAM");
        createPersona(persona);
        String prefix = unique("S").toLowerCase(Locale.ROOT);
        String file = bulkFile(prefix, persona, 10_000);

        long t0 = System.nanoTime();
        Streamed s = stream("pm", file, false, true);
        long ms = (System.nanoTime() - t0) / 1_000_000;

        assertEquals(200, s.status());
        assertTrue(s.contentType(), s.contentType().startsWith("application/x-ndjson"));
        assertEquals(List.of("reading", "checking", "writing", "done"), assertOrderedAndRising(s));
        assertTrue("several checking lines: " + s.phase("checking").size(), s.phase("checking").size() >= 10);
        assertTrue("several writing lines: " + s.phase("writing").size(), s.phase("writing").size() >= 10);
        for (String phase : List.of("checking", "writing")) {
            assertEquals(10_000, s.phase(phase).get(0).json().get("total").asInt());
        }
        assertEquals("reading counts characters", file.length(), s.phase("reading").get(0).json().get("total").asInt());
        JsonNode result = s.last().json().get("result");
        assertEquals("done", s.last().phase());
        assertFalse(result.get("dryRun").asBoolean());
        assertEquals(10_000, result.get("created").asInt());
        assertEquals(10_000, result.get("rows").asInt());
        assertEquals(100, result.get("newParticipants").asInt());
        assertEquals(0, result.get("errorCount").asInt());
        // streamed, not buffered: the first progress line arrived well before the rows were all written
        long firstWriting = s.phase("writing").get(0).atMs();
        long done = s.last().atMs();
        assertTrue("the first writing line came at " + firstWriting + " ms, the done line at " + done + " ms", done - firstWriting >= 100);
        System.out.printf("[CsvImportStreamIT] 10,000 rows streamed: %d ms, %d lines (first writing line at %d ms, done at %d ms)%n",
                ms, s.lines().size(), firstWriting, done);

        assertEquals(10_000, ok(200, get("/evidence?persona=" + persona + "&limit=1", "pm")).get("total").asInt());
        assertEquals(1, count(prefix + " row 9999", "pm"));
        assertEquals(prefix + "-99", ok(200, get("/participants/" + prefix + "-99", "pm")).get("alias").asText());
    }

    @Test
    public void aStreamedImportWithABadRowEndsWithTheErrorsAndWritesNothing() throws Exception {
        String persona = Api.personaKey("STRBAD");
        createPersona(persona);
        String prefix = unique("F").toLowerCase(Locale.ROOT);
        String file = bulkFile(prefix, persona, 600).replace("https://example.com/s/450,", "javascript:alert(1),");

        Streamed s = stream("pm", file, false, false);

        assertEquals(200, s.status());
        assertEquals(List.of("reading", "checking", "failed"), assertOrderedAndRising(s));
        JsonNode error = s.last().json().get("error");
        assertEquals(400, error.get("status").asInt());
        assertEquals("The file has one problem, so nothing was imported. Fix the rows listed and import again.", error.get("message").asText());
        assertEquals(1, error.get("fieldErrors").size());
        JsonNode field = error.get("fieldErrors").get(0);
        assertEquals("sourceLink", field.get("field").asText());
        assertEquals(452, field.get("row").asInt());
        assertEquals("Row 452, column sourceLink: Only web addresses starting with http:// or https:// can be linked; this one starts with javascript:. Copy the address from the browser\u2019s address bar.", field.get("message").asText());
        assertEquals(0, count(prefix, "pm"));
        assertEquals(0, ok(200, get("/evidence?persona=" + persona + "&limit=1", "pm")).get("total").asInt());
    }

    @Test
    public void aStreamedDryRunReportsWhatAnImportWouldDoAndWritesNothing() throws Exception {
        String persona = Api.personaKey("STRDRY");
        createPersona(persona);
        String prefix = unique("D").toLowerCase(Locale.ROOT);
        Streamed s = stream("pm", bulkFile(prefix, persona, 300), true, true);
        assertEquals(List.of("reading", "checking", "done"), assertOrderedAndRising(s));
        JsonNode result = s.last().json().get("result");
        assertTrue(result.get("dryRun").asBoolean());
        assertEquals(300, result.get("validRows").asInt());
        assertEquals(0, result.get("created").asInt());
        assertEquals(0, count(prefix, "pm"));
    }

    @Test
    public void problemsWithTheRequestItselfAreTheLastLineToo() throws Exception {
        Streamed empty = stream("pm", "  ", false, true);
        assertEquals(200, empty.status());
        assertEquals(1, empty.lines().size());
        JsonNode error = empty.last().json().get("error");
        assertEquals("failed", empty.last().phase());
        assertEquals(400, error.get("status").asInt());
        assertEquals("csv", error.get("fieldErrors").get(0).get("field").asText());
        assertEquals("Paste the CSV file into the csv field: it is empty.", error.get("fieldErrors").get(0).get("message").asText());

        // anonymous callers and non-JSON bodies are refused before any stream starts
        HttpResponse<String> anonymous = Http.send("POST", Http.REST + "/import?progress=stream", null, Api.JSON_TYPE, "{\"csv\":\"x\"}");
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> plain = Http.send("POST", Http.REST + "/import?progress=stream", "pm", "text/csv", "a,b");
        assertEquals(415, plain.statusCode());
        // without the header or parameter the answer is the plain JSON one, as before
        HttpResponse<String> json = post("/import", "pm", object().put("csv", "  "));
        assertEquals(400, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
}
