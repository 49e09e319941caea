package com.empathyevidence.workbench.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Small named values the hosts keep in their database rather than in memory (Jira's and Confluence's
 * {@code propertyentry} / {@code bandana} tables): the application link's state, the demo-data marker. Table
 * {@value #TABLE} beside the plugin's Active Objects tables, so every node of a cluster on one database reads the same.
 */
public final class HostSettings {

    static final String TABLE = "WB_HOST_SETTING";

    private final PersonalAccessTokens.Connections connections;

    public HostSettings(PersonalAccessTokens.Connections connections) {
        this.connections = connections;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (NAME VARCHAR(255) PRIMARY KEY, SETTING_VALUE VARCHAR(4000))");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the host settings table: " + e.getMessage(), e);
        }
    }

    public Optional<String> get(String name) {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT SETTING_VALUE FROM " + TABLE + " WHERE NAME = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the host setting " + name + ": " + e.getMessage(), e);
        }
    }

    public void put(String name, String value) {
        for (int attempt = 0; ; attempt++) {
            try (Connection c = connections.open()) {
                try (PreparedStatement u = c.prepareStatement("UPDATE " + TABLE + " SET SETTING_VALUE = ? WHERE NAME = ?")) {
                    u.setString(1, value);
                    u.setString(2, name);
                    if (u.executeUpdate() == 1) {
                        return;
                    }
                }
                try (PreparedStatement i = c.prepareStatement("INSERT INTO " + TABLE + " (NAME, SETTING_VALUE) VALUES (?, ?)")) {
                    i.setString(1, name);
                    i.setString(2, value);
                    i.executeUpdate();
                    return;
                }
            } catch (SQLException e) {
                if (attempt >= 2) {
                    throw new IllegalStateException("Cannot store the host setting " + name + ": " + e.getMessage(), e);
                }
                // another node inserted it at the same moment: update theirs
            }
        }
    }

    /** Sets {@code name} only when it has no value yet; true for the one caller (on any node) that set it. */
    public boolean claim(String name, String value) {
        try (Connection c = connections.open();
             PreparedStatement i = c.prepareStatement("INSERT INTO " + TABLE + " (NAME, SETTING_VALUE) VALUES (?, ?)")) {
            i.setString(1, name);
            i.setString(2, value);
            return i.executeUpdate() == 1;
        } catch (SQLException e) {
            if (get(name).isPresent()) {
                return false; // the primary key said: someone else was first
            }
            throw new IllegalStateException("Cannot store the host setting " + name + ": " + e.getMessage(), e);
        }
    }
}
