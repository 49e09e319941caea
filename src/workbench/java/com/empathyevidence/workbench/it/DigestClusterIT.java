package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.domain.DigestRule;
import com.empathyevidence.workbench.db.PostgresServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The weekly digest on a cluster (issue 16): two real workbench processes ({@code --node-id A}, {@code B}) on one
 * PostgreSQL database, both moved to next week with the workbench clock, told to run their jobs at the same moment:
 * each owner gets exactly one message for that week. Then the node that holds the job is killed (kill -9): the
 * survivor, told to run the jobs again in that week, sends nothing more; the week after, it sends that week's, once.
 */
public class DigestClusterIT {

    private static final String JOB = "com.empathyevidence.evidence-digest.weekly";
    private static final LocalDate TODAY = LocalDate.now();
    private static String jdbcUrl;
    private static WorkbenchProcess processA;
    private static WorkbenchProcess processB;
    private static URI a;
    private static URI b;
    private static String messages;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        jdbcUrl = pg.freshDatabase("digestcluster");
        String database = "postgresql://" + pg.user() + ":" + pg.password() + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
        List<String> jvm = List.of("-Dworkbench.cluster.leaseMillis=3000", "-Dworkbench.cluster.pollMillis=200", "-Xmx384m");
        processA = WorkbenchProcess.start(jvm, "--database", database, "--node-id", "A", "--port", "0");
        processB = WorkbenchProcess.start(jvm, "--database", database, "--node-id", "B", "--port", "0");
        a = processA.awaitStarted();
        b = processB.awaitStarted();
        messages = "\"" + text("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'AO_%_DIGEST_MESSAGE'") + "\"";
    }

    @AfterClass
    public static void stopNodes() throws Exception {
        for (WorkbenchProcess p : new WorkbenchProcess[] {processA, processB}) {
            if (p != null) {
                p.close();
            }
        }
    }

    private static HttpResponse<String> post(URI node, String path, String form) throws Exception {
        return Http.send(node.resolve(path.substring(1)), "POST", "application/x-www-form-urlencoded", form,
                "Authorization", Http.basic("admin", "admin"));
    }

    private static Connection db() throws SQLException {
        return ClusterSql.connect(jdbcUrl);
    }

    private static String text(String sql, Object... params) throws SQLException {
        return ClusterSql.text(jdbcUrl, sql, params);
    }

    private static long number(String sql, Object... params) throws SQLException {
        return ClusterSql.number(jdbcUrl, sql, params);
    }

    /** Messages of the week, by recipient: how many rows the digest stored, and how many are still pending. */
    private static Map<String, Long> stored(String week) throws SQLException {
        Map<String, Long> byRecipient = new LinkedHashMap<>();
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(
                "SELECT \"RECIPIENT\", COUNT(*) FROM " + messages + " WHERE \"WEEK\" = ? GROUP BY \"RECIPIENT\" ORDER BY \"RECIPIENT\"")) {
            q.setString(1, week);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    byRecipient.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return byRecipient;
    }

    private static long pending() throws SQLException {
        return number("SELECT COUNT(*) FROM " + messages + " WHERE \"STATUS\" = 'PENDING'");
    }

    private static long mailTo(String address) throws SQLException {
        return number("SELECT COUNT(*) FROM WB_OUTBOX WHERE TO_ADDRESS = ?", address);
    }

    private static long digestRuns() throws SQLException {
        return number("SELECT COUNT(*) FROM WB_JOB_RUN WHERE JOB_ID = ?", JOB);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within two minutes: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static void awaitPolls(String... nodes) throws Exception {
        for (String node : nodes) {
            long now = number("SELECT POLLS FROM WB_CLUSTER_NODE WHERE NODE_ID = ?", node);
            await("node " + node + " polls twice more", () -> number("SELECT POLLS FROM WB_CLUSTER_NODE WHERE NODE_ID = ?", node) >= now + 2);
        }
    }

    private static String tail(WorkbenchProcess p) {
        List<String> lines = p.lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void setClock(URI node, LocalDate day) throws Exception {
        HttpResponse<String> r = post(node, "/workbench/clock", "today=" + day);
        assertEquals(r.body(), 200, r.statusCode());
    }

    @Test
    public void twoNodesRunningTheDigestAtOnceSendOneMessagePerOwnerAndAKilledNodeMakesNoWeekGoOutTwice() throws Exception {
        // settled: the start-up runs sent this week's digest, once
        String thisWeek = DigestRule.weekOf(TODAY);
        await("this week's digest is claimed and sent", () -> !stored(thisWeek).isEmpty() && pending() == 0);
        awaitPolls("A", "B");
        assertTrue(stored(thisWeek).toString(), stored(thisWeek).values().stream().allMatch(n -> n == 1));
        long pmBefore = mailTo("pm@example.com");
        long runsBefore = digestRuns();

        // next week on both nodes, and both told at the same moment to run their jobs
        LocalDate nextWeekDay = TODAY.plusWeeks(1);
        String nextWeek = DigestRule.weekOf(nextWeekDay);
        setClock(a, nextWeekDay);
        setClock(b, nextWeekDay);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> both = pool.invokeAll(List.of(() -> post(a, "/workbench/run-jobs", ""),
                    () -> post(b, "/workbench/run-jobs", "")));
            for (Future<HttpResponse<String>> f : both) {
                assertEquals(f.get().body() + "\nA:\n" + tail(processA) + "\nB:\n" + tail(processB), 200, f.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        await("next week's digest is claimed and sent", () -> !stored(nextWeek).isEmpty() && pending() == 0 && digestRuns() > runsBefore);
        awaitPolls("A", "B");
        Map<String, Long> sent = stored(nextWeek);
        assertTrue("pm owns evidence turning stale: " + sent, sent.containsKey("pm"));
        sent.forEach((owner, n) -> assertEquals("one message to " + owner + " for " + nextWeek, Long.valueOf(1), n));
        assertEquals("one week row", 1, number("SELECT COUNT(*) FROM \"" + messages.replace("\"", "").replace("DIGEST_MESSAGE", "DIGEST_WEEK")
                + "\" WHERE \"WEEK\" = ?", nextWeek));
        assertEquals("pm's mail once", pmBefore + 1, mailTo("pm@example.com"));

        // the holder of the job dies; the survivor runs the jobs again in the same week: nothing more goes out
        String holder = text("SELECT CLAIMED_BY FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", JOB);
        WorkbenchProcess dying = "A".equals(holder) ? processA : processB;
        URI survivor = "A".equals(holder) ? b : a;
        String other = "A".equals(holder) ? "B" : "A";
        dying.process.destroyForcibly();
        assertTrue(dying.process.waitFor(1, TimeUnit.MINUTES));
        long runsAfterKill = digestRuns();
        assertTrue(post(survivor, "/workbench/run-jobs", "").body().contains(JOB));
        await("the digest job ran on the survivor", () -> digestRuns() > runsAfterKill);
        awaitPolls(other);
        assertEquals(sent, stored(nextWeek));
        assertEquals("still once", pmBefore + 1, mailTo("pm@example.com"));

        // the week after, on the survivor: that week's digest, once
        LocalDate weekAfterDay = TODAY.plusWeeks(2);
        setClock(survivor, weekAfterDay);
        long runsBeforeLast = digestRuns();
        post(survivor, "/workbench/run-jobs", "");
        await("the week after's digest is sent", () -> !stored(DigestRule.weekOf(weekAfterDay)).isEmpty() && pending() == 0
                && digestRuns() > runsBeforeLast);
        stored(DigestRule.weekOf(weekAfterDay)).forEach((owner, n) -> assertEquals(owner, Long.valueOf(1), n));
        assertEquals(pmBefore + 2, mailTo("pm@example.com"));
    }
}
