package com.empathyevidence.workbench.it;

import static com.empathyevidence.workbench.it.Api.createEvidence;
import static com.empathyevidence.workbench.it.Api.createPersona;
import static com.empathyevidence.workbench.it.Api.error;
import static com.empathyevidence.workbench.it.Api.evidence;
import static com.empathyevidence.workbench.it.Api.get;
import static com.empathyevidence.workbench.it.Api.invalid;
import static com.empathyevidence.workbench.it.Api.object;
import static com.empathyevidence.workbench.it.Api.ok;
import static com.empathyevidence.workbench.it.Api.personaKey;
import static com.empathyevidence.workbench.it.Api.post;
import static com.empathyevidence.workbench.it.Api.put;
import static com.empathyevidence.workbench.it.Api.unique;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.Test;

/**
 * Issue 11, "documented limits hold" and "concurrency without surprises", over real HTTP against the shared workbench:
 * every documented limit is storable at its maximum (counted in code points, with 4-byte emoji), dry run and import
 * agree, broken characters are refused by name, whitespace is trimmed everywhere, and simultaneous writes of one thing
 * have exactly one winner while the others get 409.
 */
public class StorageLimitsHttpIT {

    private static final int THREADS = 8;
    private static final String GRIN = "\uD83D\uDE00";
    /** A 4-byte letter (MATHEMATICAL BOLD CAPITAL A): tags allow letters only. */
    private static final String BOLD_A = "\uD835\uDC00";
    private static final String BROKEN = "Character 4 is broken: half of an emoji or symbol, often left over from copying part of a text."
            + " Delete it and type or paste it again.";

    private static ArrayNode longestTags(ObjectNode into) {
        ArrayNode tags = into.putArray("tags");
        for (int i = 0; i < 10; i++) {
            tags.add((char) ('a' + i) + BOLD_A.repeat(39));
        }
        return tags;
    }

    // ================================================================ documented limits

    @Test
    public void everyEvidenceFieldAtItsDocumentedMaximumIsCreatedUpdatedAndRetired() throws Exception {
        String persona = personaKey("LIM");
        createPersona(persona);
        ObjectNode input = evidence(GRIN.repeat(5000));
        input.put("sourceTitle", "\uD83C\uDFAC".repeat(200));
        input.put("sourceLink", "https://example.com/" + "x".repeat(2000 - 20));
        input.put("sourceMomentSeconds", 86400);
        input.put("participant", unique("P"));
        input.put("participantConsent", true);
        input.put("participantSegment", "\uD83C\uDFE2".repeat(100));
        input.put("persona", persona);
        longestTags(input);

        JsonNode created = createEvidence("pm", input);
        long id = created.get("id").asLong();
        JsonNode read = ok(200, get("/evidence/" + id, "pm"));
        assertEquals(input.get("text").asText(), read.get("text").asText());
        assertEquals(input.get("sourceTitle").asText(), read.get("sourceTitle").asText());
        assertEquals(input.get("tags"), read.get("tags"));

        ObjectNode edit = input.deepCopy();
        edit.put("text", "\uD83D\uDE21".repeat(5000));
        edit.put("version", 1);
        edit.remove("participantSegment");
        assertEquals(edit.get("text").asText(), ok(200, put("/evidence/" + id, "pm", edit)).get("text").asText());

        String reason = "\uD83D\uDDD1".repeat(500);
        JsonNode retired = ok(200, post("/evidence/" + id + "/retire", "pm", object().put("reason", reason)));
        assertEquals(reason, retired.get("retiredReason").asText());
    }

    @Test
    public void aMapStatementAPersonaAndAParticipantAtTheirMaximumAreStored() throws Exception {
        String key = "Z" + unique("L").replace("-", "_");
        key = key + "_".repeat(32 - key.length());
        JsonNode persona = ok(201, post("/personas", "pm", object().put("key", key).put("name", "\uD83E\uDDD1".repeat(100))
                .put("description", "\uD83D\uDCD6".repeat(2000))));
        assertEquals("\uD83E\uDDD1".repeat(100), persona.get("name").asText());

        String statement = "\uD83D\uDE29".repeat(300);
        JsonNode item = ok(201, post("/personas/" + key + "/items", "pm", object().put("section", "PAINS").put("statement", statement)));
        assertEquals(statement, ok(200, get("/personas/items/" + item.get("id").asLong(), "pm")).get("statement").asText());

        JsonNode participant = ok(201, post("/participants", "pm", object().put("alias", unique("P")).put("consent", true)
                .put("segment", "\uD83C\uDFED".repeat(100)).put("role", "\uD83D\uDC69".repeat(100))));
        assertEquals("\uD83D\uDC69".repeat(100), participant.get("role").asText());
    }

    /** A row at every maximum: the dry run calls it valid, and the import then stores it (before, the import failed). */
    @Test
    public void aDryRunAndTheImportAgreeOnRowsAtEveryMaximum() throws Exception {
        String word = unique("lim").toLowerCase(Locale.ROOT);
        StringBuilder tags = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            tags.append(i == 0 ? "" : ";").append((char) ('a' + i)).append(BOLD_A.repeat(39));
        }
        String text = word + " " + GRIN.repeat(5000 - word.length() - 1);
        String row = text + ",QUOTE,PAINS,INTERVIEW," + "\uD83C\uDFAC".repeat(200) + ",https://example.com/" + "x".repeat(1980)
                + ",86400," + unique("P") + "," + "\uD83C\uDFE2".repeat(100) + ",,DEMO," + LocalDate.now().minusDays(2) + "," + tags + ",true";
        // the second row one second earlier in the recording: the same row twice would be a duplicate, imported once
        String csv = CsvImportIT.EXPORT_HEADER + "\r\n" + row + "\r\n" + row.replace(",86400,", ",86399,") + "\r\n";

        JsonNode dry = ok(200, post("/import", "pm", object().put("csv", csv).put("dryRun", true)));
        assertEquals(dry.toString(), 2, dry.get("validRows").asInt());
        assertEquals(0, dry.get("errorCount").asInt());
        assertEquals(1, dry.get("newParticipants").asInt());

        JsonNode imported = ok(200, post("/import", "pm", object().put("csv", csv)));
        assertEquals(imported.toString(), 2, imported.get("created").asInt());
        assertEquals(1, imported.get("newParticipants").asInt());
        JsonNode found = ok(200, get("/evidence?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), "pm"));
        assertEquals(2, found.get("total").asInt());
        assertEquals(text, found.get("items").get(0).get("text").asText());
    }

    // ================================================================ broken characters, whitespace

    /**
     * POSTs JSON with every non-ASCII character escaped ({@code \\uD83D}): a lone surrogate cannot travel as UTF-8
     * (the client would send "?"), but a JSON escape carries it, as a careless client or a cut-off paste sends it.
     */
    private static HttpResponse<String> postEscaped(String path, Object body) throws Exception {
        String json = Http.JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
                .writeValueAsString(body);
        assertTrue(json, json.chars().allMatch(c -> c < 128));
        return Http.send("POST", Http.REST + path, "pm", Api.JSON_TYPE, json);
    }

    @Test
    public void loneSurrogatesAreRefusedByFieldInsteadOfStoredAsQuestionMarks() throws Exception {
        String word = unique("srg").toLowerCase(Locale.ROOT);
        ObjectNode input = evidence("Oh \uD83D no " + word);
        input.put("sourceTitle", "Rou\uDE00nd");
        input.put("participantSegment", "SMB\uD83D");
        invalid(postEscaped("/evidence", input),
                "text", BROKEN,
                "sourceTitle", BROKEN,
                "participantSegment", BROKEN);
        assertEquals(0, ok(200, get("/evidence?status=ALL&q=" + word, "pm")).get("total").asInt());

        String persona = personaKey("SRG");
        invalid(postEscaped("/personas", object().put("key", persona).put("name", "Ann\uDC00e")), "name", BROKEN);
        createPersona(persona);
        invalid(postEscaped("/personas/" + persona + "/items", object().put("section", "PAINS").put("statement", "Los\uD83Dt")),
                "statement", BROKEN);
        long id = createEvidence("pm", evidence("Fine " + word)).get("id").asLong();
        invalid(postEscaped("/evidence/" + id + "/retire", object().put("reason", "Old\uD83D")), "reason", BROKEN);
    }

    @Test
    public void whitespaceAroundEveryValueIsTrimmedAndKeptInside() throws Exception {
        String word = unique("ws").toLowerCase(Locale.ROOT);
        String alias = unique("P");
        ObjectNode input = evidence("  \t" + word + "  said:\n  it  breaks \n ");
        input.put("sourceTitle", "  Round  1  ");
        input.put("sourceLink", " https://example.com/r ");
        input.put("participant", " " + alias + " ");
        input.put("participantConsent", true);
        input.put("participantSegment", "  Small  firms ");
        input.put("project", " DEMO ");
        input.putArray("tags").add("  billing ").add("\tTax\n");
        JsonNode created = createEvidence("pm", input);
        assertEquals(word + "  said:\n  it  breaks", created.get("text").asText());
        assertEquals("Round  1", created.get("sourceTitle").asText());
        assertEquals("https://example.com/r", created.get("sourceLink").asText());
        assertEquals(alias, created.get("participantAlias").asText());
        assertEquals("Small  firms", created.get("participantSegment").asText());
        assertEquals("[\"billing\",\"tax\"]", created.get("tags").toString());

        // limits count what is kept: 5,000 characters with spaces around them fit
        createEvidence("pm", evidence("   " + "w".repeat(5000) + "   "));

        String persona = personaKey("WS");
        JsonNode p = ok(201, post("/personas", "pm", object().put("key", persona).put("name", "  Ann  B ").put("description", " d ")));
        assertEquals("Ann  B", p.get("name").asText());
        assertEquals("d", p.get("description").asText());
        JsonNode item = ok(201, post("/personas/" + persona + "/items", "pm", object().put("section", "PAINS").put("statement", " Re-keys  it ")));
        assertEquals("Re-keys  it", item.get("statement").asText());
        JsonNode participant = ok(201, post("/participants", "pm", object().put("alias", " " + unique("P") + " ").put("role", " Owner ").put("consent", true)));
        assertEquals("Owner", participant.get("role").asText());
        JsonNode retired = ok(200, post("/evidence/" + created.get("id").asLong() + "/retire", "pm", object().put("reason", "  Superseded \n")));
        assertEquals("Superseded", retired.get("retiredReason").asText());
    }

    // ================================================================ concurrency

    /** Eight simultaneous retirements of one piece: exactly one 200, seven 409, and the stored reason is the winner's. */
    @Test
    public void eightSimultaneousRetiresHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            long id = createEvidence("pm", evidence("Retire race " + unique("r"))).get("id").asLong();

            List<HttpResponse<String>> answers = race(i -> post("/evidence/" + id + "/retire", "pm", object().put("reason", "Reason " + i)));

            List<HttpResponse<String>> won = answers.stream().filter(r -> r.statusCode() == 200).toList();
            assertEquals(statuses(answers), 1, won.size());
            assertEquals(statuses(answers), THREADS - 1, answers.stream().filter(r -> r.statusCode() == 409).count());
            for (HttpResponse<String> lost : answers) {
                if (lost.statusCode() == 409) {
                    error(409, "Evidence " + id + " is already retired.", lost);
                }
            }
            JsonNode stored = ok(200, get("/evidence/" + id, "pm"));
            assertEquals(Http.json(won.get(0)).get("retiredReason").asText(), stored.get("retiredReason").asText());
            assertEquals(2, stored.get("version").asInt());
        }
    }

    /** Eight simultaneous creates of one persona key: one 201, seven 409, and the persona is the winner's, not overwritten. */
    @Test
    public void eightSimultaneousCreatesOfOnePersonaKeyHaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 3; round++) {
            String key = personaKey("RACE");

            List<HttpResponse<String>> answers = race(i -> post("/personas", "pm",
                    object().put("key", key).put("name", "Writer " + i).put("description", "Described by writer " + i)));

            List<HttpResponse<String>> won = answers.stream().filter(r -> r.statusCode() == 201).toList();
            assertEquals(statuses(answers), 1, won.size());
            for (HttpResponse<String> lost : answers) {
                if (lost.statusCode() != 201) {
                    error(409, "There already is a persona " + key + ". Pick another key, or edit that persona.", lost);
                }
            }
            JsonNode stored = ok(200, get("/personas/" + key, "pm"));
            JsonNode winner = Http.json(won.get(0));
            assertEquals(winner.get("name").asText(), stored.get("name").asText());
            assertEquals(winner.get("description").asText(), stored.get("description").asText());
            assertTrue(stored.get("description").asText().endsWith(stored.get("name").asText().substring("Writer".length())));
        }
    }

    private interface Call {
        HttpResponse<String> call(int i) throws Exception;
    }

    /** Sends {@link #THREADS} requests released at once by a start gate; every answer, in thread order. */
    private static List<HttpResponse<String>> race(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                Callable<HttpResponse<String>> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.call(n);
                };
                futures.add(pool.submit(task));
            }
            assertTrue("threads ready", ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.body()).collect(Collectors.joining("\n"));
    }
}
