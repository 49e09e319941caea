package com.empathyevidence.workbench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;

/**
 * Active Objects the way the hosts set it up: table names {@code AO_<hash>_<ENTITY>} from the {@code ao} module's
 * namespace, upper-case underscore column names. Works on H2 (embedded default) and PostgreSQL.
 */
public final class AoDatabase {

    private AoDatabase() {
    }

    /** The hosts' table prefix: "AO_" plus the last six hex digits of the MD5 of the namespace, upper case. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(md5);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An embedded H2 file database writes each commit to its file before the commit returns ({@code WRITE_DELAY=0};
     * H2's default holds commits back for up to 500 ms), so whatever the workbench has acknowledged survives the
     * process being killed. The hosts' databases (PostgreSQL) do this anyway; other URLs are left as they are.
     */
    static String durable(String jdbcUrl) {
        boolean h2File = jdbcUrl.startsWith("jdbc:h2:file:") || (jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:h2:mem:")
                && !jdbcUrl.startsWith("jdbc:h2:tcp:") && !jdbcUrl.startsWith("jdbc:h2:ssl:"));
        return h2File && !jdbcUrl.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=") ? jdbcUrl + ";WRITE_DELAY=0" : jdbcUrl;
    }

    public static EntityManager open(String jdbcUrl, String user, String password, String schema, String namespace) {
        String prefix = tablePrefix(namespace);
        String url = bounded(durable(jdbcUrl));
        net.java.ao.DisposableDataSource pool = pool(url, user, password);
        net.java.ao.DatabaseProvider provider = url.startsWith("jdbc:postgresql:")
                ? new net.java.ao.db.PostgreSQLDatabaseProvider(pool, schema)
                : new net.java.ao.db.H2DatabaseProvider(pool, schema);
        return new EntityManager(provider, new Configuration(new net.java.ao.builder.SimpleNameConverters(
                new AtlassianTableNameConverter(name -> prefix + name), new AtlassianFieldNameConverter(),
                new net.java.ao.schema.DefaultSequenceNameConverter(), new net.java.ao.schema.DefaultTriggerNameConverter(),
                new net.java.ao.schema.DefaultIndexNameConverter(), new net.java.ao.schema.DefaultUniqueNameConverter())));
    }

    // ---------------------------------------------------------------- the connection pool, as a host's pool is set up

    /** Seconds a request waits for a free pooled connection before it is told the database is busy or gone. */
    public static final int POOL_MAX_WAIT_SECONDS = 5;
    /** Seconds the pool's validation query ({@code select 1}, run on every borrow) may take. */
    public static final int VALIDATION_TIMEOUT_SECONDS = 2;
    /** PostgreSQL: seconds to open a connection, to wait for the server's answer on the socket, and per statement. */
    public static final int CONNECT_TIMEOUT_SECONDS = 10;
    public static final int SOCKET_TIMEOUT_SECONDS = 20;
    public static final int STATEMENT_TIMEOUT_SECONDS = 15;

    /**
     * The driver's own limits, as a host's {@code dbconfig.xml} URL carries them for PostgreSQL: a server that does not
     * answer ends a connect after {@value #CONNECT_TIMEOUT_SECONDS} s and a read after {@value #SOCKET_TIMEOUT_SECONDS} s,
     * and the server cancels a statement after {@value #STATEMENT_TIMEOUT_SECONDS} s. A setting already in the URL wins.
     */
    static String bounded(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            return jdbcUrl;
        }
        StringBuilder url = new StringBuilder(jdbcUrl);
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        java.util.Map<String, String> limits = new java.util.LinkedHashMap<>();
        limits.put("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        limits.put("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        limits.put("socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS));
        limits.put("options", "-c%20statement_timeout=" + STATEMENT_TIMEOUT_SECONDS * 1000);
        limits.forEach((name, value) -> {
            if (!lower.contains(name.toLowerCase(Locale.ROOT) + "=")) {
                url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(value);
            }
        });
        return url.toString();
    }

    /**
     * A DBCP pool set up as Jira's is ({@code pool-max-wait}, {@code validation-query} {@code select 1} with its timeout,
     * test on borrow): a connection the database dropped (a restart, a stop) is found dead when borrowed and replaced,
     * so the workbench works again as soon as the database is back, without a restart; and no request waits for a
     * connection longer than {@value #POOL_MAX_WAIT_SECONDS} s. (AO's builder makes a pool with DBCP's defaults: no
     * validation, and an unbounded wait.)
     */
    private static net.java.ao.DisposableDataSource pool(String url, String user, String password) {
        org.apache.commons.dbcp.BasicDataSource pool = new org.apache.commons.dbcp.BasicDataSource();
        pool.setUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaxActive(20);
        pool.setMaxWait(POOL_MAX_WAIT_SECONDS * 1000L);
        pool.setValidationQuery("select 1");
        if (!url.startsWith("jdbc:h2:")) {
            // Not on embedded H2: its Statement.setQueryTimeout sets the timeout of the whole connection, so the validation's
            // 2 s would cancel every later query of that connection after 2 s (the library at 100,000 pieces answered 503).
            pool.setValidationQueryTimeout(VALIDATION_TIMEOUT_SECONDS);
        }
        pool.setTestOnBorrow(true);
        // Every connection is handed out at READ COMMITTED, as Jira's own pool hands them out on PostgreSQL (the
        // server's default). Active Objects' own Transaction sets SERIALIZABLE on the connection it runs in and does not
        // set it back when it returns it, so without this the pooled connections stayed SERIALIZABLE after the first AO
        // transaction: every later autocommit statement on them (the plugin's reads, the host's issue properties and
        // cluster heartbeat) could fail with "could not serialize access" (SQLState 40001) under concurrent writes,
        // which Jira's reads never do (issue 15: the load test's HTTP 500s). The plugin's transactions stay
        // SERIALIZABLE here (stricter than Jira's), so its retries of a refused transaction are exercised.
        pool.setDefaultTransactionIsolation(java.sql.Connection.TRANSACTION_READ_COMMITTED);
        return net.java.ao.builder.DelegatingDisposableDataSourceHandler.newInstance(pool, () -> {
            try {
                pool.close();
            } catch (java.sql.SQLException e) {
                // closing: nothing to tell anyone
            }
        });
    }

    /** What AO's builder configures (its defaults, with the hosts' table and column names). */
    private record Configuration(net.java.ao.schema.NameConverters getNameConverters) implements net.java.ao.EntityManagerConfiguration {
        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public net.java.ao.SchemaConfiguration getSchemaConfiguration() {
            return new net.java.ao.DefaultSchemaConfiguration();
        }

        @Override
        public net.java.ao.schema.info.EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return RESOLVERS;
        }

        private static final net.java.ao.schema.info.EntityInfoResolverFactory RESOLVERS = new net.java.ao.schema.info.CachingEntityInfoResolverFactory();
    }
}
