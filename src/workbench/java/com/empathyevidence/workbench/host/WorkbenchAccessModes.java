package com.empathyevidence.workbench.host;

import com.atlassian.confluence.api.service.accessmode.AccessModeService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The hosts' read-only modes, one per product as the real ones are: Confluence's (its {@link AccessModeService}, which
 * the plugin asks) and Jira's (which Jira enforces in its project-permission check, {@link DemoJira}; Jira offers
 * plugins no Java API to ask). Kept in the workbench's database (table {@value #TABLE}), as the hosts keep theirs, so
 * a mode survives a restart and every node sharing the database sees it. Switched by an administrator on the
 * workbench's admin page or with {@code POST /workbench/read-only}.
 */
public final class WorkbenchAccessModes implements AccessModeService {

    public enum Product { JIRA, CONFLUENCE }

    static final String TABLE = "WB_ACCESS_MODE";

    private final PersonalAccessTokens.Connections connections;
    /**
     * The mode as last read: the hosts keep it in their cached application properties, so a page still knows the mode
     * while the database cannot be reached (it is read again from the database on every request otherwise, so every
     * node of a cluster sees a switch at once).
     */
    private final java.util.Map<Product, Boolean> lastRead = new java.util.concurrent.ConcurrentHashMap<>();

    public WorkbenchAccessModes(PersonalAccessTokens.Connections connections) {
        this.connections = connections;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (PRODUCT VARCHAR(20) PRIMARY KEY, READ_ONLY BOOLEAN NOT NULL)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the access mode table: " + e.getMessage(), e);
        }
    }

    public boolean readOnly(Product product) {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT READ_ONLY FROM " + TABLE + " WHERE PRODUCT = ?")) {
            q.setString(1, product.name());
            try (ResultSet rs = q.executeQuery()) {
                boolean readOnly = rs.next() && rs.getBoolean(1);
                lastRead.put(product, readOnly);
                return readOnly;
            }
        } catch (SQLException | RuntimeException e) {
            return lastRead.getOrDefault(product, false);
        }
    }

    public void setReadOnly(Product product, boolean readOnly) {
        try (Connection c = connections.open()) {
            c.setAutoCommit(false); // one change: a second node switching at the same moment waits for this one
            try (PreparedStatement d = c.prepareStatement("DELETE FROM " + TABLE + " WHERE PRODUCT = ?")) {
                d.setString(1, product.name());
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO " + TABLE + " (PRODUCT, READ_ONLY) VALUES (?, ?)")) {
                i.setString(1, product.name());
                i.setBoolean(2, readOnly);
                i.executeUpdate();
            }
            c.commit();
            lastRead.put(product, readOnly);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the access mode: " + e.getMessage(), e);
        }
    }

    public static Product product(String name) {
        try {
            return name == null ? null : Product.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public boolean isReadOnlyAccessModeEnabled() {
        return readOnly(Product.CONFLUENCE);
    }
}
