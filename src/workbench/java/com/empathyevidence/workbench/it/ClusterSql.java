package com.empathyevidence.workbench.it;

import com.empathyevidence.workbench.db.PostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What the cluster tests read straight from the nodes' shared PostgreSQL database: one value of a query. */
final class ClusterSql {

    private ClusterSql() {
    }

    /** A new connection to the database at {@code jdbcUrl} on the shared test server. */
    static Connection connect(String jdbcUrl) throws SQLException {
        PostgresServer pg = PostgresServer.shared();
        return DriverManager.getConnection(jdbcUrl, pg.user(), pg.password());
    }

    /** The first column of the first row, as text; null when there is no row. */
    static String text(String jdbcUrl, String sql, Object... params) throws SQLException {
        try (Connection c = connect(jdbcUrl); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The first column of the first row, as a number; -1 when there is no row. */
    static long number(String jdbcUrl, String sql, Object... params) throws SQLException {
        String t = text(jdbcUrl, sql, params);
        return t == null ? -1 : Long.parseLong(t);
    }
}
