package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;

import com.empathyevidence.workbench.db.PostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
 * The load test's HTTP 500s on "add evidence" at a small scale (issue 15): many threads at once add evidence to the
 * same issue, for the same persona and the same participant, and link each new piece to a second issue — over real
 * HTTP, against two workbench nodes of one cluster on PostgreSQL and against one node on embedded H2. Every request
 * must be answered without a server error (a 409 "busy" says nothing was saved: the client may send it again, with the
 * same idempotency key when it had one), and at the end each write is there exactly once: one piece of evidence per add,
 * linked once to each issue, all with the one participant.
 */
public class ConcurrentWritesIT {

    private static final String REST = "rest/empathy/1.0";
    private static final int THREADS = 12;
    private static final int WRITES_PER_THREAD = 6;
    /** How often one write is sent again after a 409 "busy" answer, with the same idempotency key. */
    private static final int RESENDS = 5;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    public void twoNodesOnPostgresAnswerEveryConcurrentWriteAndDoEachOnce() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        String jdbcUrl = pg.freshDatabase("concurrent");
        String database = "postgresql://" + pg.user() + ":" + pg.password() + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
        List<String> jvm = List.of("-Xmx384m");
        try (WorkbenchProcess a = WorkbenchProcess.start(jvm, "--database", database, "--node-id", "A", "--port", "0");
             WorkbenchProcess b = WorkbenchProcess.start(jvm, "--database", database, "--node-id", "B", "--port", "0")) {
            List<URI> nodes = List.of(a.awaitStarted(), b.awaitStarted());
            writeAtOnceAndCheck(nodes, List.of(a, b));
        }
    }

    @Test
    public void oneNodeOnH2AnswersEveryConcurrentWriteAndDoesEachOnce() throws Exception {
        try (WorkbenchProcess node = WorkbenchProcess.start(List.of("-Xmx384m"), "--port", "0",
                "--data", Files.createTempDirectory("workbench-concurrent").toString())) {
            writeAtOnceAndCheck(List.of(node.awaitStarted()), List.of(node));
        }
    }

    private record Added(long id, String text) {
    }

    private static void writeAtOnceAndCheck(List<URI> nodes, List<WorkbenchProcess> processes) throws Exception {
        String prefix = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        String persona = prefix.toUpperCase(Locale.ROOT);
        String alias = prefix + "-P1";
        ok(201, send(nodes.get(0), "POST", "/personas", Http.JSON.createObjectNode().put("key", persona).put("name", "Concurrent writes")
                .put("description", "Made by a test")));
        Map<String, Added> added = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            URI node = nodes.get(t % nodes.size());
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < WRITES_PER_THREAD; i++) {
                        String name = thread + "-" + i;
                        String text = prefix + " " + name + " says the month end close takes three days";
                        ObjectNode e = Http.JSON.createObjectNode();
                        e.put("text", text).put("kind", "QUOTE").put("section", "PAINS").put("sourceKind", "INTERVIEW")
                                .put("sourceTitle", "Concurrent interviews").put("participantAlias", alias).put("participantConsent", true).put("personaKey", persona)
                                .put("projectKey", "DEMO").put("observedOn", LocalDate.now().minusDays(2).toString())
                                .put("relation", "SUPPORTS");
                        if (i % 2 == 0) {
                            // as the panel sends it; the load test's adds have none
                            e.put("idempotencyKey", prefix + "_" + thread + "_" + i);
                        }
                        JsonNode created = answered(node, "/issues/DEMO-3/evidence", e, statuses, failures, name + " add");
                        if (created == null) {
                            continue;
                        }
                        long id = created.get("evidence").get("id").asLong();
                        added.put(name, new Added(id, text));
                        answered(node, "/issues/DEMO-4/links", Http.JSON.createObjectNode().put("evidenceId", id).put("relation", "SUPPORTS"),
                                statuses, failures, name + " link");
                    }
                } catch (Exception | AssertionError failure) {
                    failures.add("thread " + thread + ": " + failure);
                }
            }, "concurrent-writer-" + t);
            writer.start();
            writers.add(writer);
        }
        start.countDown();
        for (Thread writer : writers) {
            writer.join(TimeUnit.MINUTES.toMillis(5));
        }
        System.out.println("ConcurrentWritesIT on " + nodes.size() + " node(s): answers by status " + new java.util.TreeMap<>(statuses));
        if (!failures.isEmpty()) {
            List<String> logged = new ArrayList<>();
            for (WorkbenchProcess p : processes) {
                p.lines().stream().filter(l -> l.contains("SEVERE") || l.contains("Exception") || l.startsWith("\tat com.empathyevidence")
                        || l.startsWith("Caused by")).limit(80).forEach(logged::add);
            }
            throw new AssertionError("Writes not answered as written (" + failures.size() + "): " + failures.subList(0, Math.min(10, failures.size()))
                    + "\n--- the nodes' log ---\n" + String.join("\n", logged));
        }
        assertEquals("adds acknowledged", THREADS * WRITES_PER_THREAD, added.size());

        // Each write exactly once: one piece per add (no second copy of a resent one), linked once to each issue.
        URI reader = nodes.get(nodes.size() - 1);
        Map<Long, String> found = new HashMap<>();
        for (int from = 0; ; from += 100) {
            JsonNode page = ok(200, send(reader, "GET", "/evidence?status=ALL&limit=100&start=" + from + "&q=" + prefix, null));
            for (JsonNode e : page.get("items")) {
                assertEquals("the one participant: " + e.get("text").asText(), alias, e.get("participantAlias").asText());
                found.put(e.get("id").asLong(), e.get("text").asText());
            }
            if (page.get("next").isNull()) {
                break;
            }
        }
        Map<Long, String> expected = new HashMap<>();
        added.values().forEach(a -> expected.put(a.id(), a.text()));
        assertEquals("the evidence made: one piece per add, none twice", expected, found);
        for (String issue : List.of("DEMO-3", "DEMO-4")) {
            List<Long> linked = new ArrayList<>();
            ok(200, send(reader, "GET", "/issues/" + issue + "/evidence", null)).get("evidence").forEach(e -> {
                if (expected.containsKey(e.get("id").asLong())) {
                    linked.add(e.get("id").asLong());
                }
            });
            assertEquals("links of " + issue + " to this test's evidence", THREADS * WRITES_PER_THREAD, linked.size());
            assertEquals("each linked once to " + issue, expected.keySet(), new HashSet<>(linked));
        }
        JsonNode participant = ok(200, send(reader, "GET", "/participants/" + alias, null));
        assertEquals(alias, participant.get("alias").asText());
        int participants = 0;
        for (JsonNode p : ok(200, send(reader, "GET", "/participants", null))) {
            participants += p.get("alias").asText().startsWith(prefix) ? 1 : 0;
        }
        assertEquals("one participant for all the writes", 1, participants);
    }

    /**
     * Sends one write; a 409 "busy" (the database refused it because of a simultaneous writer, nothing was kept) is sent
     * again with the same body and idempotency key. Answers the 201 body, or records what else came back.
     */
    private static JsonNode answered(URI node, String path, ObjectNode body, Map<Integer, Integer> statuses, List<String> failures,
                                     String what) throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = send(node, "POST", path, body);
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 201) {
                return Http.JSON.readTree(r.body());
            }
            if (r.statusCode() == 409 && attempt < RESENDS && !r.body().contains("already")) {
                Thread.sleep(50L * (attempt + 1));
                continue;
            }
            failures.add(what + " on " + node + ": " + r.statusCode() + " " + r.body());
            return null;
        }
    }

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
}
