package com.empathyevidence.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fills Active Objects tables with plain JDBC, far faster than the store or REST: multi-row
 * {@code INSERT ... VALUES (..),(..)} statements of {@value #ROWS} rows, sent in JDBC batches, on the caller's
 * connection (and so in the caller's transaction). Table and column names are quoted as given (the hosts' upper-case
 * names), so the same rows go into H2 and PostgreSQL. The one filler of the JMH database ({@code BenchDatabase}), the
 * load test's data ({@code LoadData}) and the performance run ({@code workbench.bench.PerformanceData}).
 */
public final class BulkInsert implements AutoCloseable {

    private static final int ROWS = 100;
    private static final int STATEMENTS_PER_BATCH = 20;
    private final Connection c;
    private final String table;
    private final String[] columns;
    private final PreparedStatement full;
    private final List<Object[]> pending = new ArrayList<>(ROWS);
    private int batched;
    private long rows;

    /** Rows for {@code table} (its full name, e.g. {@code AO_28BE2D_EVIDENCE}), the values in the order of {@code columns}. */
    public BulkInsert(Connection c, String table, String... columns) throws SQLException {
        this.c = c;
        this.table = quote(table);
        this.columns = columns;
        this.full = c.prepareStatement(sql(ROWS));
    }

    static String quote(String name) {
        return "\"" + name + "\"";
    }

    private String sql(int count) {
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(quote(column));
        }
        String one = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(",", quoted) + ") VALUES " + String.join(",", Collections.nCopies(count, one));
    }

    /** One row; written when {@value #ROWS} are pending, the last ones on {@link #close()}. */
    public void row(Object... values) throws SQLException {
        if (values.length != columns.length) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
        }
        rows++;
        pending.add(values);
        if (pending.size() == ROWS) {
            bind(full);
            full.addBatch();
            if (++batched == STATEMENTS_PER_BATCH) {
                full.executeBatch();
                batched = 0;
            }
        }
    }

    /** How many rows were given so far. */
    public long rows() {
        return rows;
    }

    private void bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object[] row : pending) {
            for (Object v : row) {
                ps.setObject(i++, v);
            }
        }
        pending.clear();
    }

    @Override
    public void close() throws SQLException {
        if (batched > 0) {
            full.executeBatch();
        }
        full.close();
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = c.prepareStatement(sql(pending.size()))) {
                bind(rest);
                rest.executeUpdate();
            }
        }
    }

    /** The largest {@code ID} of a table, 0 when it is empty: explicit ids are written after it. */
    public static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(\"ID\"), 0) FROM " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Moves each table's id sequence past the explicit ids written, so that Active Objects' own inserts (the app's
     * writes during a run) still get fresh ids.
     */
    public static void moveIdsPast(Connection c, boolean postgres, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                long max = maxId(c, t);
                if (postgres) {
                    try (ResultSet rs = s.executeQuery("SELECT setval(pg_get_serial_sequence('" + quote(t) + "', 'ID'), " + Math.max(1, max) + ")")) {
                        rs.next();
                    }
                } else {
                    s.execute("ALTER TABLE " + quote(t) + " ALTER COLUMN \"ID\" RESTART WITH " + (max + 1));
                }
            }
        }
    }
}
