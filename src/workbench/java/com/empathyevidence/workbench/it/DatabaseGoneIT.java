package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.WorkbenchServer;
import com.empathyevidence.workbench.db.PostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The database goes away while the workbench serves (its PostgreSQL stopped with {@code pg_ctl stop -m fast}) and comes
 * back (started again, same port and data), the workbench running all along:
 * <ul>
 * <li>every REST operation of the OpenAPI document answers, none hangs (each request's client gives up after
 * {@value #REQUEST_LIMIT_SECONDS} s, which fails the test), never a 500 or a stack: every read and every write that
 * reaches the database is 503 with the app's error body and its message from the bundle;</li>
 * <li>the issue page shows the panel's one plain line in place of the panel; a map page seen before shows its
 * last-good copy with the cached notice; one never seen shows the plain line that Jira cannot be reached;</li>
 * <li>once the database is back, the same reads and a write succeed and the pages are whole again, without a restart:
 * the pool finds its dead connections on borrow and opens new ones.</li>
 * </ul>
 */
public class DatabaseGoneIT {

    private static final int REQUEST_LIMIT_SECONDS = 15;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static PostgresServer postgres;
    private static WorkbenchServer workbench;
    private static Properties bundle;

    @BeforeClass
    public static void startOnItsOwnPostgres() throws Exception {
        postgres = PostgresServer.own();
        String url = postgres.freshDatabase("database_gone");
        // as ./run-workbench --database postgresql://user:password@host:port/database sets it up
        workbench = WorkbenchServer.start(WorkbenchServer.Config.postgres(database(url, postgres), 0));
        bundle = new Properties();
        try (InputStream in = DatabaseGoneIT.class.getClassLoader().getResourceAsStream("i18n/empathy-evidence.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
    }

    /** The {@code --database} form of a JDBC URL of the test server. */
    static String database(String jdbcUrl, PostgresServer server) {
        return "postgresql://" + server.user() + ":" + server.password() + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
    }

    @AfterClass
    public static void stop() throws Exception {
        if (workbench != null) {
            workbench.close();
        }
    }

    private static HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(workbench.baseUrl().resolve(path.substring(1)))
                .timeout(Duration.ofSeconds(REQUEST_LIMIT_SECONDS)).header("Authorization", Http.basic(user, user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null || !method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException hung) {
            throw new AssertionError(method + " " + path + " had not answered after " + REQUEST_LIMIT_SECONDS + " s", hung);
        }
    }

    /** What a person reads: the page's text with the template's escapes undone. */
    private static String text(String html) {
        return html.replace("&rsquo;", "\u2019").replace("&#8217;", "\u2019").replace("&#x2019;", "\u2019").replace("&mdash;", "\u2014")
                .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
    }

    private static String message(String key) {
        String value = bundle.getProperty(key);
        assertTrue("bundle key " + key, value != null);
        return value;
    }

    private static String evidenceBody(String text) {
        ObjectNode e = Http.JSON.createObjectNode();
        e.put("text", text).put("kind", "QUOTE").put("section", "PAINS").put("sourceKind", "INTERVIEW").put("sourceTitle", "Outage test")
                .put("projectKey", "DEMO").put("observedOn", LocalDate.now().minusDays(2).toString());
        return e.toString();
    }

    /** A request for every operation of the document, its path filled with demo names, writes with a valid body where one is simple. */
    private static List<String[]> everyOperation(JsonNode document) {
        Map<String, String> bodies = Map.of(
                "POST /evidence", evidenceBody("Written while the database was gone"),
                "POST /issues/{issueKey}/evidence", evidenceBody("Added while the database was gone"),
                "POST /issues/{issueKey}/links", "{\"evidenceId\":1,\"relation\":\"SUPPORTS\"}",
                "POST /personas", "{\"key\":\"GONE\",\"name\":\"Gone\",\"description\":\"Made while the database was gone\"}",
                "POST /participants", "{\"alias\":\"P-GONE\",\"consent\":true}",
                "POST /import", "{\"csv\":\"text,section,sourceKind,project,observedOn\\r\\nA quote,PAINS,INTERVIEW,DEMO,2026-01-01\\r\\n\"}",
                "POST /evidence/{id}/reconfirmations", "{\"note\":\"still true\"}");
        List<String[]> requests = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("get", "post", "put", "delete")) {
                if (!path.getValue().has(method) || path.getKey().equals("/openapi.json")) {
                    continue;
                }
                String filled = path.getKey().replace("{issueKey}", "DEMO-1").replace("{id}", "1").replace("{evidenceId}", "1")
                        .replace("{type}", "evidence").replace("{alias}", "P-014").replace("{personaKey}", "ACCOUNTANT")
                        .replace("{projectKey}", "DEMO");
                String m = method.toUpperCase(java.util.Locale.ROOT);
                requests.add(new String[] {m, path.getKey(), Http.REST + filled, bodies.getOrDefault(m + " " + path.getKey(), m.equals("GET") || m.equals("DELETE") ? null : "{}")});
            }
        }
        return requests;
    }

    @Test
    public void whileTheDatabaseIsGoneEveryAnswerIsPlainAndAllWorksAgainWhenItIsBack() throws Exception {
        // Before: the pages are whole, and the accountant's map is seen once (so its last-good copy is cached).
        JsonNode document = Http.JSON.readTree(send("GET", Http.REST + "/openapi.json", "pm", null).body());
        assertEquals(200, send("GET", Http.REST + "/issues/DEMO-1/evidence", "pm", null).statusCode());
        String map = text(send("GET", "/wiki/spaces/RES/pages/accountant-map", "pm", null).body());
        assertFalse("no notice while Jira answers", map.contains("Showing the map as of"));
        assertTrue(map, map.contains("Re-keys"));

        postgres.stopServer();
        try {
            String gone = message("empathy.error.databaseUnavailable");
            List<String> wrong = new ArrayList<>();
            int unavailable = 0;
            for (String[] op : everyOperation(document)) {
                HttpResponse<String> answer = send(op[0], op[2], "admin", op[3]);
                String what = op[0] + " " + op[1] + " -> " + answer.statusCode() + " " + answer.body();
                JsonNode body;
                try {
                    body = Http.JSON.readTree(answer.body());
                } catch (Exception notJson) {
                    wrong.add(what + " (not the error body)");
                    continue;
                }
                if (answer.statusCode() == 503) {
                    unavailable++;
                    if (body.path("status").asInt() != 503 || !gone.equals(body.path("message").asText())
                            || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                        wrong.add(what + " (not the app's 503 body)");
                    }
                } else if (op[0].equals("GET") || op[3] != null && !op[3].equals("{}")) {
                    // a read, or a write with a valid body: it reaches the database, so it must say the database is gone
                    wrong.add(what + " (expected 503)");
                } else if (answer.statusCode() >= 500 || !body.has("message") || body.path("fieldErrors").isMissingNode()) {
                    // a write refused before it reached the database (its body is incomplete): the app's 4xx body
                    wrong.add(what + " (expected the app's error body)");
                }
            }
            assertEquals("answers while the database is gone", List.of(), wrong);
            assertTrue("most operations answered 503: " + unavailable, unavailable >= 25);

            // The issue page renders, with the panel's one line in its place.
            HttpResponse<String> issue = send("GET", "/browse/DEMO-1", "pm", null);
            assertEquals(200, issue.statusCode());
            String issueText = text(issue.body());
            assertTrue(issueText, issueText.contains(message("empathy.panel.databaseUnavailable")));
            assertFalse(issueText, issueText.contains("Exception") || issueText.contains("\tat "));
            // The panel's own address (the one the panel script reloads) says it in the error body.
            assertEquals(503, send("GET", Http.REST + "/issues/DEMO-1/panel", "pm", null).statusCode());

            // A map seen before: its last-good copy with the notice; one never seen: one plain line.
            String cached = text(send("GET", "/wiki/spaces/RES/pages/accountant-map", "pm", null).body());
            assertTrue(cached, cached.contains("Showing the map as of") && cached.contains("Jira could not be reached"));
            assertTrue("the cached map itself is shown", cached.contains("Re-keys"));
            String unseen = text(send("GET", "/wiki/spaces/RES/pages/freelancer-map", "pm", null).body());
            assertTrue(unseen, unseen.contains(message("empathy.map.error.jira_unreachable")));
        } finally {
            postgres.startServer();
        }

        // Back: the same node serves reads, takes a write, and shows whole pages again.
        assertEquals(200, send("GET", Http.REST + "/issues/DEMO-1/evidence", "pm", null).statusCode());
        assertEquals(200, send("GET", Http.REST + "/evidence?q=invoice", "pm", null).statusCode());
        HttpResponse<String> created = send("POST", Http.REST + "/evidence", "pm", evidenceBody("Written after the database came back"));
        assertEquals(created.body(), 201, created.statusCode());
        String issueAgain = text(send("GET", "/browse/DEMO-1", "pm", null).body());
        assertFalse(issueAgain.contains(message("empathy.panel.databaseUnavailable")));
        String mapAgain = text(send("GET", "/wiki/spaces/RES/pages/accountant-map", "pm", null).body());
        assertFalse("the fresh map, no notice", mapAgain.contains("Showing the map as of"));
        assertTrue(mapAgain.contains("Re-keys"));
    }
}
