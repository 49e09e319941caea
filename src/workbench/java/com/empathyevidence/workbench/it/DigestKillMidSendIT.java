package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.domain.DigestRule;
import com.empathyevidence.workbench.db.PostgresServer;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * The weekly digest when the node running it dies in the middle of sending (issue 15: "the digest runs once across
 * both, also when the node that held the job is killed"). Two real workbench processes on one PostgreSQL database,
 * with a slow mail queue ({@code -Dworkbench.outbox.delayMillis}, workbench only) so that a run sending several
 * messages is still at it when the first is in the outbox. Both are moved to next week and told to run their jobs at
 * the same moment, several times (each answers 200); as soon as next week's first message is in the outbox the node
 * running the job is killed (kill -9) with messages still to send. The survivor takes the job over and completes the
 * week: every owner gets exactly one message for that week, none twice, none lost.
 */
public class DigestKillMidSendIT {

    private static final String JOB = "com.empathyevidence.evidence-digest.weekly";
    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate NEXT_WEEK_DAY = TODAY.plusWeeks(1);
    private static String jdbcUrl;
    private static WorkbenchProcess processA;
    private static WorkbenchProcess processB;
    private static URI a;
    private static URI b;
    private static String messages;

    @BeforeClass
    public static void startTwoNodes() throws Exception {
        PostgresServer pg = PostgresServer.shared();
        jdbcUrl = pg.freshDatabase("digestkill");
        String database = "postgresql://" + pg.user() + ":" + pg.password() + "@" + jdbcUrl.substring("jdbc:postgresql://".length());
        List<String> jvm = List.of("-Dworkbench.cluster.leaseMillis=3000", "-Dworkbench.cluster.pollMillis=200",
                "-Dworkbench.outbox.delayMillis=1500", "-Xmx384m");
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

    private static HttpResponse<String> post(URI node, String path, String contentType, String body, String user) throws Exception {
        return Http.send(node.resolve(path.substring(1)), "POST", contentType, body, "Authorization", Http.basic(user, user));
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

    /** Rows of a query's two columns: key, count. */
    private static Map<String, Long> counts(String sql, Object... params) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return counts;
    }

    /** The digest's messages of a week, by recipient's address. */
    private static Map<String, Long> stored(String week) throws SQLException {
        return counts("SELECT \"TO_ADDRESS\", COUNT(*) FROM " + messages + " WHERE \"WEEK\" = ? GROUP BY \"TO_ADDRESS\" ORDER BY \"TO_ADDRESS\"", week);
    }

    private static long pending() throws SQLException {
        return number("SELECT COUNT(*) FROM " + messages + " WHERE \"STATUS\" = 'PENDING'");
    }

    /** The digests in the outbox, by address. */
    private static Map<String, Long> outbox() throws SQLException {
        return counts("SELECT TO_ADDRESS, COUNT(*) FROM WB_OUTBOX WHERE SUBJECT LIKE 'Evidence to re-check%' GROUP BY TO_ADDRESS ORDER BY TO_ADDRESS");
    }

    private static long outboxTotal() throws SQLException {
        return outbox().values().stream().mapToLong(Long::longValue).sum();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within two minutes: " + what + "\nA:\n" + tail(processA) + "\nB:\n" + tail(processB));
            }
            Thread.sleep(50);
        }
    }

    private static String tail(WorkbenchProcess p) {
        List<String> lines = p.lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** A piece of {@code user}'s that turns stale ten days after next week's day (an interview keeps 365 days). */
    private static void pieceTurningStaleNextWeek(String user, String text) throws Exception {
        ObjectNode e = Api.evidence(text);
        e.put("observedOn", NEXT_WEEK_DAY.minusDays(355).toString());
        HttpResponse<String> r = post(a, Http.REST + "/evidence", Api.JSON_TYPE, e.toString(), user);
        assertEquals(r.body(), 201, r.statusCode());
    }

    /** Both nodes told to run their jobs at the same moment: each answers 200 (once, the second answered 500). */
    private static void runJobsOnBothAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> both = pool.invokeAll(List.of(
                    () -> post(a, "/workbench/run-jobs", "application/x-www-form-urlencoded", "", "admin"),
                    () -> post(b, "/workbench/run-jobs", "application/x-www-form-urlencoded", "", "admin")));
            for (Future<HttpResponse<String>> f : both) {
                assertEquals(f.get().body() + "\nA:\n" + tail(processA) + "\nB:\n" + tail(processB), 200, f.get().statusCode());
                assertTrue(f.get().body(), f.get().body().contains(JOB + ": due now"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void theNodeKilledWhileSendingLeavesTheRestToTheSurvivorAndEveryOwnerGetsOneMessage() throws Exception {
        String thisWeek = DigestRule.weekOf(TODAY);
        await("this week's digest is claimed and sent", () -> !stored(thisWeek).isEmpty() && pending() == 0);
        pieceTurningStaleNextWeek("pm", "pm's piece turning stale next week");
        pieceTurningStaleNextWeek("admin", "admin's piece turning stale next week");
        Map<String, Long> before = outbox();
        long total = outboxTotal();

        String nextWeek = DigestRule.weekOf(NEXT_WEEK_DAY);
        for (URI node : List.of(a, b)) {
            HttpResponse<String> r = post(node, "/workbench/clock", "application/x-www-form-urlencoded", "today=" + NEXT_WEEK_DAY, "admin");
            assertEquals(r.body(), 200, r.statusCode());
        }
        for (int round = 0; round < 10; round++) {
            runJobsOnBothAtOnce();
        }

        // the first of next week's messages is out: the node running the job dies with the rest still to send
        await("next week's first message is in the outbox", () -> outboxTotal() > total);
        long killedAt = System.currentTimeMillis();
        String holder = text("SELECT CLAIMED_BY FROM WB_SCHEDULED_JOB WHERE JOB_ID = ?", JOB);
        WorkbenchProcess dying = "A".equals(holder) ? processA : processB;
        URI survivor = "A".equals(holder) ? b : a;
        String other = "A".equals(holder) ? "B" : "A";
        dying.process.destroyForcibly();
        assertTrue(dying.process.waitFor(1, TimeUnit.MINUTES));
        Map<String, Long> week = stored(nextWeek);
        assertTrue("pm and admin both have a message next week: " + week, week.containsKey("pm@example.com") && week.containsKey("admin@example.com"));
        long left = pending();
        assertTrue("killed in the middle of the week's sending (" + left + " of " + week.size() + " pending)", left > 0 && left < week.size());

        // the survivor takes the job over (the killed node's lease runs out) and completes the week
        HttpResponse<String> r = post(survivor, "/workbench/run-jobs", "application/x-www-form-urlencoded", "", "admin");
        assertEquals(r.body(), 200, r.statusCode());
        await("the survivor ran the job and completed the week", () -> pending() == 0
                && number("SELECT COUNT(*) FROM WB_JOB_RUN WHERE JOB_ID = ? AND NODE_ID = ? AND STARTED_AT > ?", JOB, other, killedAt) > 0);
        Map<String, Long> after = outbox();
        for (String to : week.keySet()) {
            assertEquals("one message to " + to + " for " + nextWeek + " (outbox " + before + " -> " + after + ")",
                    before.getOrDefault(to, 0L) + 1, (long) after.getOrDefault(to, 0L));
        }
        assertEquals("nothing else sent", total + week.size(), outboxTotal());
        week.forEach((to, n) -> assertEquals("one stored message to " + to, Long.valueOf(1), n));
        String sentTable = messages.replace("DIGEST_MESSAGE", "DIGEST_SENT");
        assertEquals("a sent record per recipient", week.size(), number("SELECT COUNT(*) FROM " + sentTable + " WHERE \"SENT_KEY\" LIKE ?", nextWeek + "/%"));
    }
}
