package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.WorkbenchServer;
import com.empathyevidence.workbench.db.PostgresServer;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * A node that starts while another node of its cluster is still starting waits its turn for the schema and the demo
 * data (the start-up lock) however long that takes: the wait is not cut by the database's statement timeout or the driver's socket
 * timeout (the statement timeout ended nodes C and D of the full-scale load run when the nodes ahead of them took over a
 * minute). The test holds the lock itself, starts a node whose statement timeout is one second and socket timeout two,
 * keeps it waiting well past both, then lets go.
 */
public class ClusterStartLockIT {

    private static final long START_LOCK = 7206100915L;

    @Test
    public void aNodeWaitsForTheStartUpLockPastItsStatementTimeoutAndThenServes() throws Exception {
        PostgresServer postgres = PostgresServer.shared();
        String url = postgres.freshDatabase("start_lock");
        String database = DatabaseGoneIT.database(url, postgres) + "?options=-c%20statement_timeout=1000&socketTimeout=2";
        try (Connection holder = DriverManager.getConnection(url, postgres.user(), postgres.password());
             Statement s = holder.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + START_LOCK + ")");
            CompletableFuture<WorkbenchServer> node = CompletableFuture.supplyAsync(() -> {
                try {
                    return WorkbenchServer.start(WorkbenchServer.Config.postgres(database, 0).withNodeId("late"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // the node is asking for the lock; keep it waiting for several of its timeouts
            while (asked(s) == 0) {
                assertTrue("the node is starting", !node.isDone() || rethrow(node));
                Thread.sleep(100);
            }
            Thread.sleep(5000);
            assertTrue("still waiting, not failed", !node.isDone() || rethrow(node));
            s.execute("SELECT pg_advisory_unlock(" + START_LOCK + ")");
            try (WorkbenchServer started = node.get(3, TimeUnit.MINUTES)) {
                HttpResponse<String> page = Http.send(started.baseUrl().resolve("browse/DEMO-1"), "GET", null, null,
                        "Authorization", Http.basic("pm", "pm"));
                assertEquals(200, page.statusCode());
                started.scheduler().awaitStartRuns();
            }
        }
    }

    /** Statements of other sessions on this database that asked for the lock. */
    private static int asked(Statement s) throws Exception {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND pid <> pg_backend_pid() AND query LIKE '%pg_try_advisory_lock%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean rethrow(CompletableFuture<WorkbenchServer> node) throws Exception {
        node.get(); // throws what ended the start
        return false;
    }
}
