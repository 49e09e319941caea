package com.empathyevidence.workbench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.builder.EntityManagerBuilder;

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
        return EntityManagerBuilder.url(durable(jdbcUrl)).username(user).password(password).schema(schema).auto()
                .tableNameConverter(new AtlassianTableNameConverter(name -> prefix + name))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .build();
    }
}
