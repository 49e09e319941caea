package com.empathyevidence.workbench.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * validation (issue 17): the issues created in the workbench's Jira ({@code POST /rest/api/2/issue}), kept in the
 * workbench's database (table {@code WB_CREATED_ISSUE}) as Jira keeps its issues: they survive a restart and every
 * node of a cluster sees them. The next number of a project is the highest one it has plus one, taken in the insert
 * (the key is the primary key: two nodes racing for one number, one retries with the next).
 */
public final class WorkbenchCreatedIssues {

    static final String TABLE = "WB_CREATED_ISSUE";

    private final PersonalAccessTokens.Connections connections;

    public WorkbenchCreatedIssues(PersonalAccessTokens.Connections connections) {
        this.connections = connections;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ISSUE_KEY VARCHAR(100) PRIMARY KEY, ID BIGINT NOT NULL,"
                    + " PROJECT_KEY VARCHAR(100) NOT NULL, NUM INT NOT NULL, SUMMARY VARCHAR(1000) NOT NULL, ISSUE_TYPE VARCHAR(100) NOT NULL,"
                    + " REPORTER VARCHAR(255))");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the created-issues table: " + e.getMessage(), e);
        }
    }

    /** An issue as created: its key, id, summary and type. */
    public record Created(String key, long id, String summary, String type) {
    }

    /**
     * Creates the next issue of the project, numbered after both the demo issues ({@code firstFree} is one more than
     * the highest demo number) and those created before; its id is above every demo id.
     */
    public Created create(String projectKey, int firstFree, String summary, String type, String reporter) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Connection c = connections.open()) {
                int next = firstFree;
                try (PreparedStatement q = c.prepareStatement("SELECT MAX(NUM) FROM " + TABLE + " WHERE PROJECT_KEY = ?")) {
                    q.setString(1, projectKey);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next() && rs.getInt(1) >= next) {
                            next = rs.getInt(1) + 1;
                        }
                    }
                }
                long id;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + TABLE)) {
                    rs.next();
                    id = 200_000L + rs.getLong(1) + attempt;
                }
                String key = projectKey + "-" + next;
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                        + " (ISSUE_KEY, ID, PROJECT_KEY, NUM, SUMMARY, ISSUE_TYPE, REPORTER) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, key);
                    insert.setLong(2, id);
                    insert.setString(3, projectKey);
                    insert.setInt(4, next);
                    insert.setString(5, summary);
                    insert.setString(6, type);
                    insert.setString(7, reporter);
                    insert.executeUpdate();
                }
                return new Created(key, id, summary, type);
            } catch (SQLException raced) {
                // another node took this number: try the next
            }
        }
        throw new IllegalStateException("Could not number a new issue in " + projectKey);
    }

    public Optional<Created> find(String key) {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT ISSUE_KEY, ID, SUMMARY, ISSUE_TYPE FROM " + TABLE + " WHERE ISSUE_KEY = ?")) {
            q.setString(1, key.toUpperCase(Locale.ROOT));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Created(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    public Optional<Created> find(long id) {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT ISSUE_KEY, ID, SUMMARY, ISSUE_TYPE FROM " + TABLE + " WHERE ID = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(new Created(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    public List<Created> all() {
        List<Created> all = new ArrayList<>();
        try (Connection c = connections.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ISSUE_KEY, ID, SUMMARY, ISSUE_TYPE FROM " + TABLE + " ORDER BY ID")) {
            while (rs.next()) {
                all.add(new Created(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
            }
        } catch (SQLException e) {
            // the database is gone: what Jira shows then is its error page, not this list
        }
        return all;
    }
}
