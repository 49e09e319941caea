package com.empathyevidence.workbench.db;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.empathyevidence.workbench.AoDatabase;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import net.java.ao.Entity;
import net.java.ao.Query;
import net.java.ao.schema.Table;
import org.junit.BeforeClass;
import org.junit.Test;

/** The PostgreSQL harness for real: a started server, AO's migration, the hosts' naming, a row written and read. */
public class PostgresServerIT {

    @Table("PROBE")
    public interface Probe extends Entity {
        String getIssueKey();

        void setIssueKey(String issueKey);
    }

    private static PostgresServer server;
    private static String url;
    private static WorkbenchActiveObjects ao;

    @BeforeClass
    public static void startServerAndMigrate() {
        long began = System.nanoTime();
        server = PostgresServer.shared();
        System.out.printf("PostgreSQL %s test server on port %d: started in %d ms (first use in this JVM: %d ms)%n",
                server.version(), server.port(), server.startupMillis(), (System.nanoTime() - began) / 1_000_000);
        url = server.freshDatabase("probe");
        ao = new WorkbenchActiveObjects(AoDatabase.open(url, server.user(), server.password(),
                TestDatabases.POSTGRES_SCHEMA, TestDatabases.NAMESPACE));
        ao.migrate(Probe.class);
    }

    @Test
    public void aRowIsWrittenAndReadBackThroughActiveObjects() {
        Probe created = ao.create(Probe.class, new DBParam("ISSUE_KEY", "DEMO-1"));
        ao.create(Probe.class, new DBParam("ISSUE_KEY", "DEMO-2"));

        Probe[] byId = ao.find(Probe.class, Query.select().where("ID = ?", created.getID()));
        assertEquals(1, byId.length);
        assertEquals("DEMO-1", byId[0].getIssueKey());

        // Unquoted, upper-case column names in criteria, as the store writes them: AO quotes them for PostgreSQL.
        Probe[] byKey = ao.find(Probe.class, Query.select().where("ISSUE_KEY = ?", "DEMO-2"));
        assertEquals(1, byKey.length);
        assertEquals("DEMO-2", byKey[0].getIssueKey());
        assertEquals(1, ao.count(Probe.class, "ISSUE_KEY = ?", "DEMO-1"));
        Probe[] ordered = ao.find(Probe.class, Query.select().where("ISSUE_KEY LIKE ?", "DEMO-%").order("ISSUE_KEY DESC"));
        assertEquals(2, ordered.length);
        assertEquals("DEMO-2", ordered[0].getIssueKey());
    }

    @Test
    public void migratingAgainKeepsTheTableAndItsRows() {
        ao.create(Probe.class, new DBParam("ISSUE_KEY", "KEEP-1"));
        // The hosts migrate on every plugin start: AO must find its own table in schema "public" and leave it be.
        WorkbenchActiveObjects again = new WorkbenchActiveObjects(AoDatabase.open(url, server.user(), server.password(),
                TestDatabases.POSTGRES_SCHEMA, TestDatabases.NAMESPACE));
        again.migrate(Probe.class);
        assertEquals(1, again.count(Probe.class, "ISSUE_KEY = ?", "KEEP-1"));
    }

    @Test
    public void tablesAndColumnsAreNamedAsOnTheHosts() throws SQLException {
        assertEquals("AO_5E6764_", AoDatabase.tablePrefix(TestDatabases.NAMESPACE));
        try (Connection c = DriverManager.getConnection(url, server.user(), server.password())) {
            assertEquals(List.of("AO_5E6764_PROBE"), strings(c,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"));
            List<String> columns = strings(c, "SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = 'public' AND table_name = 'AO_5E6764_PROBE' ORDER BY column_name");
            assertEquals(List.of("ID", "ISSUE_KEY"), columns);
            for (String column : columns) {
                assertTrue(column + " is upper case", column.equals(column.toUpperCase(java.util.Locale.ROOT)));
            }
        }
    }

    @Test
    public void freshDatabasesAreEmptyAndSeparate() throws SQLException {
        String other = server.freshDatabase("probe");
        assertTrue(!other.equals(url));
        try (Connection c = DriverManager.getConnection(other, server.user(), server.password())) {
            assertEquals(List.of(), strings(c,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"));
        }
        WorkbenchActiveObjects fresh = TestDatabases.postgres("probe_helper");
        fresh.migrate(Probe.class);
        assertEquals(0, fresh.count(Probe.class));
        fresh.create(Probe.class, new DBParam("ISSUE_KEY", "X-1"));
        assertArrayEquals(new String[] {"X-1"},
                java.util.Arrays.stream(fresh.find(Probe.class)).map(Probe::getIssueKey).toArray(String[]::new));
    }

    @Test
    public void theSameEntityWorksOnH2() {
        WorkbenchActiveObjects h2 = TestDatabases.h2("postgres-server-it");
        h2.migrate(Probe.class);
        h2.create(Probe.class, new DBParam("ISSUE_KEY", "DEMO-9"));
        assertEquals("DEMO-9", h2.find(Probe.class, Query.select().where("ISSUE_KEY = ?", "DEMO-9"))[0].getIssueKey());
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
