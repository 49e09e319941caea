package com.empathyevidence.benchmarks;

import com.empathyevidence.domain.EvidenceStore;
import com.empathyevidence.storage.AoEvidenceStore;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Query plans for the store's lookups, on the benchmark databases:
 * {@code src/benchmarks/run com.empathyevidence.benchmarks.ExplainPlans [links...]}.
 * Turns on H2's query statistics, runs {@code linkedToIssue} and the map path as the benchmark does, then prints
 * every statement Active Objects sent (exactly as sent), how often, its average time and rows, and H2's
 * {@code EXPLAIN} of it.
 */
public final class ExplainPlans {

    private ExplainPlans() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = args.length == 0 ? new String[] {"10000", "100000", "1000000"} : args;
        for (String size : sizes) {
            StoreBenchmark bench = new StoreBenchmark();
            bench.links = Integer.parseInt(size);
            bench.setUp();
            BenchDatabase db = bench.db();
            System.out.printf("%n==== %,d issue links ====%n", db.links);
            System.out.println(byIssuePlan(db, BenchDatabase.issueKey(db.issues / 2)));
            try (Connection c = db.jdbc()) {
                // Rows H2 actually reads (scanCount): the by-issue lookup, and one linksTo chunk cut to three targets.
                System.out.println("EXPLAIN ANALYZE by-issue lookup: " + abbreviate(run(c, "EXPLAIN ANALYZE SELECT * FROM "
                        + db.table("ISSUE_LINK") + " WHERE ISSUE_KEY = ? ORDER BY ID", BenchDatabase.issueKey(db.issues / 2))));
                System.out.println("EXPLAIN ANALYZE linksTo, 3 evidence targets: " + abbreviate(run(c, "EXPLAIN ANALYZE SELECT * FROM "
                        + db.table("ISSUE_LINK") + " WHERE TARGET_ID IN (?, ?, ?) AND TARGET_TYPE = 'EVIDENCE'", "")));
            }
            try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 500");
                s.execute("SET QUERY_STATISTICS TRUE");
                for (int i = 0; i < 320; i++) {
                    bench.linkedToIssue();
                }
                report(c, "linkedToIssue (320 calls)");
                s.execute("SET QUERY_STATISTICS FALSE");
                s.execute("SET QUERY_STATISTICS TRUE");
                for (int i = 0; i < 5; i++) {
                    bench.personaMapPath();
                }
                report(c, "map path (5 calls)");
                s.execute("SET QUERY_STATISTICS FALSE");
            }
            bench.tearDown();
        }
    }

    private static void report(Connection c, String what) throws SQLException {
        System.out.println("-- " + what + ": statements as sent by Active Objects");
        List<String> statements = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT SQL_STATEMENT, EXECUTION_COUNT, AVERAGE_EXECUTION_TIME, AVERAGE_ROW_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                        + " WHERE SQL_STATEMENT NOT LIKE '%QUERY_STATISTICS%' ORDER BY SQL_STATEMENT")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                statements.add(sql);
                System.out.printf("%6d x  avg %.3f ms  avg %.0f rows  %s%n", rs.getLong(2), rs.getDouble(3), rs.getDouble(4), abbreviate(sql));
            }
        }
        for (String sql : statements) {
            if (sql.trim().toUpperCase().startsWith("SELECT")) {
                System.out.println("   EXPLAIN " + abbreviate(sql));
                System.out.println("   => " + abbreviate(explain(c, sql, "BENCH-1")));
            }
        }
    }

    /** One line; long IN lists and select lists shortened. */
    static String abbreviate(String sql) {
        return sql.replaceAll("\\s+", " ")
                .replaceAll("(\\?\\d*, ?){3,}(\\?\\d*)", "?, ..., $2")
                .replaceAll("(?i)^(\\s*(EXPLAIN )?SELECT) .*? FROM ", "$1 ... FROM ");
    }

    /** H2's plan of the by-issue lookup as {@code AoEvidenceStore.links} asks it. */
    static String byIssuePlan(BenchDatabase db, String issueKey) {
        try (Connection c = db.jdbc()) {
            return "EXPLAIN by-issue lookup: " + abbreviate(explain(c, "SELECT * FROM " + db.table("ISSUE_LINK") + " WHERE ISSUE_KEY = ? ORDER BY ID", issueKey));
        } catch (SQLException e) {
            return "EXPLAIN failed: " + e.getMessage();
        }
    }

    /** EXPLAIN with the parameters bound: strings to {@code text}, everything else to 1. */
    static String explain(Connection c, String sql, String text) throws SQLException {
        return run(c, "EXPLAIN " + sql, text);
    }

    /** Runs an EXPLAIN or EXPLAIN ANALYZE statement with its parameters bound as {@link #explain} does. */
    static String run(Connection c, String explainSql, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(explainSql)) {
            ParameterMetaData meta = ps.getParameterMetaData();
            for (int i = 1; i <= meta.getParameterCount(); i++) {
                int type = meta.getParameterType(i);
                if (type == Types.VARCHAR || type == Types.CHAR || type == Types.LONGVARCHAR || type == Types.CLOB) {
                    ps.setString(i, text);
                } else {
                    ps.setInt(i, 1);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
