package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * {@code kill -9} of the workbench in the middle of writes, then a restart on the same data: a 10,000-row import
 * killed while its rows are being written leaves none of them (nor its new participants) and a database that takes
 * the same rows whole at once; a stream of creates and links from several threads, killed in the middle, leaves
 * every write the client saw acknowledged there and whole, and no write half there (evidence without its participant,
 * an add-and-link without its link, a participant without the evidence it was made for).
 *
 * <p>Each test runs its own workbench process (started with {@code java} as {@code ./run-workbench} does) on its own
 * data directory, so nothing here meets the shared workbench's data and a rerun starts afresh.
 */
public class KillDuringWritesIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String REST = "rest/empathy/1.0";

    private static HttpResponse<String> send(URI base, String method, String path, Object body) throws Exception {
        String json = body == null ? null : Http.JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(REST + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", Http.basic("pm", "pm"))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode ok(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return Http.JSON.readTree(response.body());
    }

    private static String prefix() {
        return "k" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    private static int count(URI base, String word) throws Exception {
        return ok(200, send(base, "GET", "/evidence?status=ALL&limit=1&q=" + URLEncoder.encode(word, StandardCharsets.UTF_8), null)).get("total").asInt();
    }

    @Test
    public void anImportKilledWhileWritingLeavesNoneOfItsRowsAndTheDatabaseTakesItWholeAfterTheRestart() throws Exception {
        Path data = Files.createTempDirectory("workbench-kill-import");
        killImport("--data", data.toString());
    }

    /** The same on PostgreSQL ({@code --database}): the node is killed, the database keeps running. */
    @Test
    public void onPostgresqlAnImportKilledWhileWritingLeavesNoneOfItsRows() throws Exception {
        com.empathyevidence.workbench.db.PostgresServer postgres = com.empathyevidence.workbench.db.PostgresServer.shared();
        killImport("--database", DatabaseGoneIT.database(postgres.freshDatabase("kill_import"), postgres));
    }

    private static void killImport(String... where) throws Exception {
        String prefix = prefix();
        String persona = prefix.toUpperCase(Locale.ROOT);
        String file = CsvImportStreamIT.bulkFile(prefix, persona, 10_000);
        int writtenWhenKilled;
        try (WorkbenchProcess first = WorkbenchProcess.start(args(where))) {
            URI base = first.awaitStarted();
            ok(201, send(base, "POST", "/personas", Http.JSON.createObjectNode().put("key", persona).put("name", "Killed import").put("description", "Made by a test")));
            String body = Http.JSON.writeValueAsString(Http.JSON.createObjectNode().put("csv", file).put("dryRun", false));
            HttpRequest request = HttpRequest.newBuilder(base.resolve(REST + "/import")).timeout(Duration.ofMinutes(3))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").header("Accept", "application/x-ndjson")
                    .header("Authorization", Http.basic("pm", "pm")).build();
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            writtenWhenKilled = -1;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    JsonNode progress = Http.JSON.readTree(line);
                    assertTrue("the import ended before it was killed: " + line, !"done".equals(progress.get("phase").asText()));
                    if ("writing".equals(progress.get("phase").asText()) && progress.get("done").asInt() >= 2_500) {
                        writtenWhenKilled = progress.get("done").asInt();
                        first.kill(); // SIGKILL in the middle of the writing: rows are in the database, not committed
                        break;
                    }
                }
            } catch (java.io.IOException connectionGone) {
                // the kill may reach the stream first
            }
            assertTrue("the import was killed while it wrote rows", writtenWhenKilled >= 2_500);
            assertTrue("the process is gone", !first.process.isAlive());
        }
        try (WorkbenchProcess second = WorkbenchProcess.start(args(where))) {
            URI base = second.awaitStarted();
            assertEquals("rows of the killed import (" + writtenWhenKilled + " written, none committed)", 0, count(base, prefix));
            assertEquals("a participant made by the killed import", 404, send(base, "GET", "/participants/" + prefix + "-0", null).statusCode());
            // A healthy database: an import of the same rows (the first 1,000, with the same 100 new participants) is
            // taken whole at once; then every one of them is there.
            String again = CsvImportStreamIT.bulkFile(prefix, persona, 1_000);
            JsonNode result = ok(200, send(base, "POST", "/import", Http.JSON.createObjectNode().put("csv", again).put("dryRun", false)));
            assertEquals(1_000, result.get("created").asInt());
            assertEquals(100, result.get("newParticipants").asInt());
            assertEquals(1_000, count(base, prefix));
            assertEquals(200, send(base, "GET", "/participants/" + prefix + "-0", null).statusCode());
        }
    }

    private static String[] args(String... where) {
        List<String> args = new ArrayList<>(List.of("--port", "0"));
        args.addAll(List.of(where));
        return args.toArray(new String[0]);
    }

    /** What one acknowledged write made, to be found whole after the restart. */
    private record Acknowledged(long evidenceId, String text, String alias, String issueKey) {
    }

    @Test
    public void writesFromSeveralThreadsKilledInTheMiddleAreEachDoneOrNotDone() throws Exception {
        Path data = Files.createTempDirectory("workbench-kill-writes");
        String prefix = prefix();
        Map<Long, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        Set<String> issues = Set.of("DEMO-3", "DEMO-4", "DEMO-5");
        int threads = 4;
        try (WorkbenchProcess first = WorkbenchProcess.start("--port", "0", "--data", data.toString())) {
            URI base = first.awaitStarted();
            CountDownLatch enough = new CountDownLatch(60);
            java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
            List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Thread> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread writer = new Thread(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        try {
                            write(base, prefix, thread, i, acknowledged);
                            enough.countDown();
                        } catch (Exception | AssertionError failure) {
                            if (!killed.get()) {
                                failed.add(thread + "-" + i + ": " + failure);
                            }
                            return;
                        }
                    }
                }, "writer-" + t);
                writer.start();
                writers.add(writer);
            }
            assertTrue("60 writes acknowledged within two minutes", enough.await(2, TimeUnit.MINUTES));
            killed.set(true); // from here on, a write may fail: the process is going
            first.kill(); // SIGKILL while the writers keep writing
            for (Thread writer : writers) {
                writer.join(TimeUnit.MINUTES.toMillis(2));
            }
            assertEquals("writes that failed before the kill", List.of(), failed);
        }
        try (WorkbenchProcess second = WorkbenchProcess.start("--port", "0", "--data", data.toString())) {
            URI base = second.awaitStarted();
            // Every acknowledged write is there and whole.
            Map<String, Set<Long>> linked = new java.util.HashMap<>();
            for (String issue : issues) {
                Set<Long> ids = new HashSet<>();
                ok(200, send(base, "GET", "/issues/" + issue + "/evidence", null)).get("evidence").forEach(e -> ids.add(e.get("id").asLong()));
                linked.put(issue, ids);
            }
            for (Acknowledged a : acknowledged.values()) {
                JsonNode e = ok(200, send(base, "GET", "/evidence/" + a.evidenceId(), null));
                assertEquals(a.text(), e.get("text").asText());
                assertEquals(a.alias(), e.get("participantAlias").asText());
                assertEquals(200, send(base, "GET", "/participants/" + a.alias(), null).statusCode());
                assertTrue(a + " is linked to " + a.issueKey(), linked.get(a.issueKey()).contains(a.evidenceId()));
            }
            // No write is half there: each piece this test made has its participant and its link; each participant it
            // made has its evidence.
            Set<String> aliasesWithEvidence = new HashSet<>();
            int found = 0;
            for (int start = 0; ; start += 100) {
                JsonNode page = ok(200, send(base, "GET", "/evidence?status=ALL&limit=100&start=" + start + "&q=" + prefix, null));
                for (JsonNode e : page.get("items")) {
                    found++;
                    String text = e.get("text").asText();
                    assertTrue(text, text.startsWith(prefix + " "));
                    String alias = e.get("participantAlias").isNull() ? null : e.get("participantAlias").asText();
                    assertNotNull("evidence without its participant: " + text, alias);
                    assertEquals("the participant written with it: " + text, aliasOf(text), alias);
                    aliasesWithEvidence.add(alias);
                    String issue = text.split(" ")[2];
                    if (text.split(" ")[3].equals("one")) {
                        // made with its link in one request: never without it (create-then-link is two writes)
                        assertTrue("evidence without the link it was made with: " + text, linked.get(issue).contains(e.get("id").asLong()));
                    }
                }
                if (page.get("next").isNull()) {
                    break;
                }
            }
            assertTrue("found " + found + ", acknowledged " + acknowledged.size(), found >= acknowledged.size());
            for (JsonNode p : ok(200, send(base, "GET", "/participants", null))) {
                String alias = p.get("alias").asText();
                if (alias.startsWith(prefix)) {
                    assertTrue("a participant without the evidence it was made with: " + alias, aliasesWithEvidence.contains(alias));
                }
            }
            System.out.printf("KillDuringWritesIT: %d writes acknowledged before the kill, %d found whole after the restart%n",
                    acknowledged.size(), found);
        }
    }

    /** "<prefix> <thread>-<i> <issue> ...": the participant alias it was written with. */
    private static String aliasOf(String text) {
        String[] words = text.split(" ");
        return words[0] + "-" + words[1];
    }

    /**
     * One write, alternating between the two ways evidence reaches an issue: add-and-link in one request (a new
     * participant, the evidence, the link and the request key in one transaction) and create-then-link (a new
     * participant with the evidence in one transaction, then the link as its own write).
     */
    private static void write(URI base, String prefix, int thread, int i, Map<Long, Acknowledged> acknowledged) throws Exception {
        String alias = prefix + "-" + thread + "-" + i;
        String issue = "DEMO-" + (3 + (thread + i) % 3);
        String text = prefix + " " + thread + "-" + i + " " + issue + (i % 2 == 0 ? " one" : " two") + " says the invoice screen loses what was typed";
        ObjectNode e = Http.JSON.createObjectNode();
        e.put("text", text).put("kind", "QUOTE").put("section", "PAINS").put("sourceKind", "INTERVIEW").put("sourceTitle", "Kill test")
                .put("observedOn", LocalDate.now().minusDays(3).toString()).put("participantAlias", alias).put("participantConsent", true);
        if (i % 2 == 0) {
            e.put("relation", "ADDRESSES").put("idempotencyKey", alias.replace('-', '_'));
            JsonNode created = ok(201, send(base, "POST", "/issues/" + issue + "/evidence", e));
            long id = created.get("evidence").get("id").asLong();
            acknowledged.put(id, new Acknowledged(id, text, alias, issue));
        } else {
            e.put("projectKey", "DEMO");
            long id = ok(201, send(base, "POST", "/evidence", e)).get("id").asLong();
            ok(201, send(base, "POST", "/issues/" + issue + "/links", Http.JSON.createObjectNode().put("evidenceId", id).put("relation", "SUPPORTS")));
            acknowledged.put(id, new Acknowledged(id, text, alias, issue));
        }
    }
}
