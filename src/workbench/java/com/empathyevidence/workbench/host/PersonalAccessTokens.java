package com.empathyevidence.workbench.host;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens as Jira Data Center issues them: a token belongs to one user, has a name, a creation time
 * and an optional expiry, and authenticates {@code Authorization: Bearer <token>} as its owner. The raw token is
 * handed out once; the workbench keeps only the SHA-256 of its secret part, in its own database (table
 * {@value #TABLE}, beside the plugin's Active Objects tables), so tokens survive a restart. Revoking deletes the row.
 *
 * <p>Raw token format: base64 of {@code <id>:<secret>} (the id says which row to check; the 24 random bytes of the
 * secret carry the entropy, so a plain SHA-256 is enough to store).
 */
public final class PersonalAccessTokens {

    static final String TABLE = "WB_PERSONAL_ACCESS_TOKEN";

    /** One token as listed: never the secret. {@code expiringAt} null means it never expires. */
    public record Token(long id, String username, String name, Instant createdAt, Instant expiringAt) {
        public boolean expiredAt(Instant now) {
            return expiringAt != null && !now.isBefore(expiringAt);
        }
    }

    /** A token just created, with its raw value (shown once). */
    public record Issued(Token token, String rawToken) {
    }

    /** What a presented bearer token turned out to be. */
    public record Check(Optional<Token> token, boolean expired) {
        public boolean valid() {
            return token.isPresent() && !expired;
        }
    }

    /** Where the table lives: a fresh JDBC connection per call (the workbench's Active Objects database). */
    public interface Connections {
        Connection open() throws SQLException;
    }

    private final Connections connections;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public PersonalAccessTokens(Connections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (ID BIGINT PRIMARY KEY, USERNAME VARCHAR(255) NOT NULL, "
                    + "NAME VARCHAR(255) NOT NULL, SECRET_HASH VARCHAR(64) NOT NULL, CREATED_AT BIGINT NOT NULL, EXPIRING_AT BIGINT)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the personal access token table: " + e.getMessage(), e);
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** A new token for {@code username}, expiring after {@code days} days (null: never). */
    public Issued create(String username, String name, Integer days) {
        Instant now = now();
        return issue(username, name, now, days == null ? null : now.plus(java.time.Duration.ofDays(days)));
    }

    /** A new token with an explicit expiry (tests use a past one). */
    public Issued issue(String username, String name, Instant createdAt, Instant expiringAt) {
        byte[] secretBytes = new byte[24];
        random.nextBytes(secretBytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        for (int attempt = 0; ; attempt++) {
            long id = 100_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 900_000_000_000L;
            try (Connection c = connections.open();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                         + " (ID, USERNAME, NAME, SECRET_HASH, CREATED_AT, EXPIRING_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, username);
                insert.setString(3, name);
                insert.setString(4, sha256(secret));
                insert.setLong(5, createdAt.toEpochMilli());
                if (expiringAt == null) {
                    insert.setNull(6, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(6, expiringAt.toEpochMilli());
                }
                insert.executeUpdate();
                String raw = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.US_ASCII));
                return new Issued(new Token(id, username, name, Instant.ofEpochMilli(createdAt.toEpochMilli()),
                        expiringAt == null ? null : Instant.ofEpochMilli(expiringAt.toEpochMilli())), raw);
            } catch (SQLException e) {
                if (attempt >= 3) {
                    throw new IllegalStateException("Cannot store the personal access token: " + e.getMessage(), e);
                }
                // an id already taken (one in a trillion): draw another
            }
        }
    }

    /** The caller's tokens, oldest first, without their secrets. */
    public List<Token> list(String username) {
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT ID, USERNAME, NAME, CREATED_AT, EXPIRING_AT FROM " + TABLE
                     + " WHERE USERNAME = ? ORDER BY CREATED_AT, ID")) {
            q.setString(1, username);
            List<Token> tokens = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tokens.add(token(rs));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Revokes the owner's token; false when there is none with that id for that owner. */
    public boolean revoke(String username, long id) {
        try (Connection c = connections.open();
             PreparedStatement d = c.prepareStatement("DELETE FROM " + TABLE + " WHERE ID = ? AND USERNAME = ?")) {
            d.setLong(1, id);
            d.setString(2, username);
            return d.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks a raw bearer token: unknown, wrong secret and revoked look alike (empty); expired says so. */
    public Check check(String rawToken) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(rawToken.trim()), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            return new Check(Optional.empty(), false);
        }
        int colon = decoded.indexOf(':');
        long id;
        try {
            id = colon < 0 ? -1 : Long.parseLong(decoded.substring(0, colon));
        } catch (NumberFormatException e) {
            return new Check(Optional.empty(), false);
        }
        String secret = colon < 0 ? "" : decoded.substring(colon + 1);
        try (Connection c = connections.open();
             PreparedStatement q = c.prepareStatement("SELECT ID, USERNAME, NAME, CREATED_AT, EXPIRING_AT, SECRET_HASH FROM " + TABLE + " WHERE ID = ?")) {
            q.setLong(1, id);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next() || !MessageDigest.isEqual(rs.getString("SECRET_HASH").getBytes(StandardCharsets.US_ASCII),
                        sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
                    return new Check(Optional.empty(), false);
                }
                Token token = token(rs);
                return new Check(Optional.of(token), token.expiredAt(now()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Token token(ResultSet rs) throws SQLException {
        long expiring = rs.getLong("EXPIRING_AT");
        Instant expiringAt = rs.wasNull() ? null : Instant.ofEpochMilli(expiring);
        return new Token(rs.getLong("ID"), rs.getString("USERNAME"), rs.getString("NAME"),
                Instant.ofEpochMilli(rs.getLong("CREATED_AT")), expiringAt);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
