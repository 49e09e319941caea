package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.db.PostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

/**
 * Two real workbench processes ({@code --node-id A} and {@code --node-id B}, started with {@code java} as
 * {@code ./run-workbench} does) on one PostgreSQL database of their own: a cluster. Shared by the tests of this class;
 * the last test kills a node, so the order is fixed (by name) and the killing one runs last.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ClusterIT {

    private static final String JOB = "com.empathyevidence.evidence-summary-refresh.daily";
    private static final long LEASE_MILLIS = 3_000;
    /** DEMO-3's issue id in the workbench's Jira (DemoJira numbers issues from 10100). */
    private static final long DEMO_3_ID = 10102;
    private static String jdbcUrl;
    private static WorkbenchProcess processA;
    private static WorkbenchProcess processB;
    private static URI a;
    private static URI b;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        jdbcUrl = pg.freshDatabase("cluster");
        String database = "postgresql://" + pg.user() + ":" + pg.password() + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
        List<String> jvm = List.of("-Dworkbench.cluster.leaseMillis=" + LEASE_MILLIS, "-Dworkbench.cluster.pollMillis=200", "-Xmx384m");
        // Both at once, as nodes of a cluster start: the demo-data marker in the database lets only one seed.
        processA = WorkbenchProcess.start(jvm, "--database", database, "--node-id", "A", "--port", "0");
        processB = WorkbenchProcess.start(jvm, "--database", database, "--node-id", "B", "--port", "0");
        a = processA.awaitStarted();
        b = processB.awaitStarted();
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        for (WorkbenchProcess p : new WorkbenchProcess[] {processA, processB}) {
            if (p != null) {
                p.close();
            }
        }
    }

    private static HttpResponse<String> call(URI node, String method, String path, String user, String json) throws Exception {
        return Http.send(node.resolve(path.substring(1)), method, "GET".equals(method) ? null : "application/json", json,
                "Authorization", Http.basic(user, user));
    }

    private static JsonNode ok(int status, HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return Http.JSON.readTree(response.body());
    }

    private static Connection db() throws SQLException {
        return ClusterSql.connect(jdbcUrl);
    }

    private static long number(String sql, Object... params) throws SQLException {
        return ClusterSql.number(jdbcUrl, sql, params);
    }

    private static String text(String sql, Object... params) throws SQLException {
        return ClusterSql.text(jdbcUrl, sql, params);
    }

    private static long runs() throws SQLException {
        return number("SELECT COUNT(*) FROM WB_JOB_RUN WHERE JOB_ID = ?", JOB);
    }

    private static long polls(String node) throws SQLException {
        return number("SELECT POLLS FROM WB_CLUSTER_NODE WHERE NODE_ID = ?", node);
    }

    /** Waits (at most two minutes) until the condition holds. */
    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within two minutes: " + what);
            }
            Thread.sleep(100);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    /** Waits until each named node has finished at least two more cluster polls than now: all they would do, they did. */
    private static void awaitPolls(String... nodes) throws Exception {
        for (String node : nodes) {
            long now = polls(node);
            await("node " + node + " polls twice more", () -> polls(node) >= now + 2);
        }
    }

    @Test
    public void a_aWriteOnNodeAIsSeenOnNodeBAtOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String quote = "Cluster " + run + ": I print every invoice to check it.";
        long id = ok(201, call(a, "POST", "/rest/empathy/1.0/evidence", "pm", Http.JSON.writeValueAsString(Map.of(
                "text", quote, "section", "PAINS", "sourceKind", "INTERVIEW", "project", "DEMO", "persona", "ACCOUNTANT",
                "observedOn", java.time.LocalDate.now().minusDays(3).toString())))).get("id").asLong();
        ok(201, call(a, "POST", "/rest/empathy/1.0/issues/DEMO-3/links", "pm", "{\"evidenceId\":" + id + ",\"relation\":\"ADDRESSES\"}"));
        String statement = "Checks invoices on paper " + run;
        long item = ok(201, call(a, "POST", "/rest/empathy/1.0/personas/ACCOUNTANT/items", "pm",
                "{\"section\":\"PAINS\",\"statement\":\"" + statement + "\"}")).get("id").asLong();
        HttpResponse<String> backed = call(a, "POST", "/rest/empathy/1.0/personas/items/" + item + "/evidence", "pm", "{\"evidenceId\":" + id + "}");
        assertEquals(backed.body(), 2, backed.statusCode() / 100);

        // REST on B, the very next request
        JsonNode panel = ok(200, call(b, "GET", "/rest/empathy/1.0/issues/DEMO-3/evidence", "pm", null));
        assertTrue(panel.toString(), panel.toString().contains(quote));
        // the panel on B's issue page, with the issue property the write on A set
        String page = call(b, "GET", "/browse/DEMO-3", "pm", null).body();
        assertTrue(page, page.contains(quote.replace("'", "&#39;")));
        assertTrue(page, page.contains("data-property=\"empathy.evidence\">{&quot;count&quot;:1,"));
        // the map, on B's Confluence page and from B's REST
        JsonNode map = ok(200, call(b, "GET", "/rest/empathy/1.0/personas/ACCOUNTANT/map", "pm", null));
        assertTrue(map.toString().contains(statement));
        String mapPage = call(b, "GET", "/wiki/spaces/RES/pages/accountant-map", "pm", null).body();
        assertTrue(mapPage, mapPage.contains(statement));
        assertTrue(mapPage, mapPage.contains(quote));

        // and back: a change on B is on A at once
        ok(200, call(b, "DELETE", "/rest/empathy/1.0/issues/DEMO-3/links/evidence/" + id, "pm", null));
        assertFalse(call(a, "GET", "/rest/empathy/1.0/issues/DEMO-3/evidence", "pm", null).body().contains(quote));
        assertFalse(call(a, "GET", "/browse/DEMO-3", "pm", null).body().contains("data-property=\"empathy.evidence\">{&quot;count&quot;:1,"));
    }

    @Test
    public void b_theMapsLastGoodCopyIsKeptOnTheNodeThatFetchedIt() throws Exception {
        // LastGoodMaps declares its cache local(): each node keeps the copies of the maps it fetched itself.
        String page = "/wiki/spaces/RES/pages/freelancer-map";
        String fresh = call(a, "GET", page, "pm", null).body();
        assertFalse(fresh, fresh.contains("empathy-map-notice"));
        try {
            link(a, false);
            // The link's state is in the database: B's link to Jira is down too.
            String onA = call(a, "GET", page, "pm", null).body();
            assertTrue(onA, onA.contains("Jira could not be reached."));
            assertTrue(onA, onA.contains("empathy-map-notice"));
            String onB = call(b, "GET", page, "pm", null).body();
            assertTrue(onB, onB.contains("there is no earlier copy of it for you"));
            assertFalse(onB, onB.contains("empathy-map-notice"));

            // B fetches it once while Jira answers; from then on B has its own copy
            link(b, true);
            assertFalse(call(b, "GET", page, "pm", null).body().contains("empathy-map-notice"));
            link(b, false);
            String later = call(b, "GET", page, "pm", null).body();
            assertTrue(later, later.contains("empathy-map-notice"));
            // still nothing for another reader on B: copies are per reader as well
            assertTrue(call(b, "GET", page, "viewer", null).body().contains("there is no earlier copy of it for you"));
        } finally {
            link(a, true);
        }
    }

    /** Takes the Confluence side's link to Jira down or up, as admin, on one node (the state is in the database). */
    private static void link(URI node, boolean reachable) throws Exception {
        HttpResponse<String> r = call(node, "POST", "/workbench/jira-link?reachable=" + reachable, "admin", null);
        assertEquals(r.body(), 200, r.statusCode());
    }

    @Test
    public void c_anIssuePropertyWrittenOnOneNodeIsReadOnTheOther() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String quote = "Property " + run + ": I export to a spreadsheet every Friday.";
        long id = ok(201, call(b, "POST", "/rest/empathy/1.0/evidence", "pm", Http.JSON.writeValueAsString(Map.of(
                "text", quote, "section", "PAINS", "sourceKind", "SURVEY", "project", "DEMO",
                "observedOn", java.time.LocalDate.now().minusDays(1).toString())))).get("id").asLong();
        ok(201, call(b, "POST", "/rest/empathy/1.0/issues/DEMO-3/links", "pm", "{\"evidenceId\":" + id + ",\"relation\":\"SUPPORTS\"}"));
        try {
            // the one row both nodes read, written by B's request
            String stored = text("SELECT JSON_VALUE FROM WB_ENTITY_PROPERTY WHERE ENTITY_NAME = 'IssueProperty' AND PROPERTY_KEY = 'empathy.evidence'"
                    + " AND ENTITY_ID = ?", DEMO_3_ID);
            assertNotNull(stored);
            assertTrue(stored, stored.startsWith("{\"count\":1,"));
            String onA = call(a, "GET", "/browse/DEMO-3", "pm", null).body();
            int at = onA.indexOf("data-property=\"empathy.evidence\">");
            assertTrue(onA, at >= 0);
            String onB = call(b, "GET", "/browse/DEMO-3", "pm", null).body();
            int atB = onB.indexOf("data-property=\"empathy.evidence\">");
            assertEquals(onB.substring(atB, onB.indexOf('<', atB)), onA.substring(at, onA.indexOf('<', at)));
            assertTrue(onA, onA.substring(at, onA.indexOf('<', at)).contains("&quot;count&quot;:1,"));
        } finally {
            ok(200, call(a, "DELETE", "/rest/empathy/1.0/issues/DEMO-3/links/evidence/" + id, "pm", null));
        }
    }

    @Test
    public void z_theDailyJobRunsOnceAcrossBothNodesAlsoWhenItsHolderIsKilled() throws Exception {
        // Settled: both nodes scheduled the job at start (each start makes it due, as Caesium's scheduleJob does) and
        // those runs are done; one node holds it.
        await("the job is held and not due", () -> text("SELECT CLAIMED_BY FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", JOB) != null
                && number("SELECT NEXT_RUN FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", JOB) > System.currentTimeMillis());
        awaitPolls("A", "B");
        String holder = text("SELECT CLAIMED_BY FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", JOB);
        String other = "A".equals(holder) ? "B" : "A";
        long before = runs();

        // "A day has passed", said on the node that does not hold the job: it runs once, on the holder.
        String said = call("A".equals(other) ? a : b, "POST", "/workbench/run-jobs", "admin", "{}").body();
        assertTrue(said, said.contains(JOB + ": due now"));
        await("the job ran", () -> runs() > before);
        awaitPolls("A", "B");
        assertEquals("one run across both nodes", before + 1, runs());
        assertEquals(holder, text("SELECT NODE_ID FROM WB_JOB_RUN WHERE JOB_ID = ? ORDER BY ID DESC LIMIT 1", JOB));
        assertEquals(text("SELECT MESSAGE FROM WB_JOB_RUN WHERE JOB_ID = ? ORDER BY ID DESC LIMIT 1", JOB) + "\nA:\n"
                        + String.join("\n", processA.lines()) + "\nB:\n" + String.join("\n", processB.lines()), "SUCCESS",
                text("SELECT OUTCOME FROM WB_JOB_RUN WHERE JOB_ID = ? ORDER BY ID DESC LIMIT 1", JOB));

        // The holder dies (kill -9): its lease runs out and the other node takes the job over.
        WorkbenchProcess dying = "A".equals(holder) ? processA : processB;
        dying.process.destroyForcibly();
        assertTrue(dying.process.waitFor(1, TimeUnit.MINUTES));
        URI survivor = "A".equals(other) ? a : b;
        assertTrue(call(survivor, "POST", "/workbench/run-jobs", "admin", "{}").body().contains(JOB + ": due now"));
        await("the job ran on the surviving node", () -> runs() > before + 1);
        awaitPolls(other);
        assertEquals("one run, on the surviving node", before + 2, runs());
        assertEquals(other, text("SELECT NODE_ID FROM WB_JOB_RUN WHERE JOB_ID = ? ORDER BY ID DESC LIMIT 1", JOB));
        assertEquals(other, text("SELECT CLAIMED_BY FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", JOB));
        assertNotEquals(holder, other);
        assertNotNull(survivor);
    }
}
