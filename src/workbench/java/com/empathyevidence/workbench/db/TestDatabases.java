package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.AoDatabase;
import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/**
 * Active Objects for store tests, set up the way the hosts do it (see {@link AoDatabase}): the plugin's {@code ao}
 * namespace, {@code AO_5E6764_*} tables, upper-case columns. Each call gives an empty database.
 */
public final class TestDatabases {

    /** The namespace of the plugin's {@code <ao>} module (atlassian-plugin.xml); its table prefix is AO_5E6764_. */
    public static final String NAMESPACE = "com.empathyevidence.evidence";

    /** H2 names its default schema in upper case. */
    public static final String H2_SCHEMA = "PUBLIC";

    /**
     * PostgreSQL's default schema is "public", lower case (as in Jira's dbconfig.xml). AO 3.0.0 with "PUBLIC" creates
     * the tables on the first migrate but then looks for existing tables in a schema "PUBLIC" (the JDBC metadata
     * lookup is case-sensitive), finds none, and the second migrate (every later start) fails with
     * {@code relation "AO_..." already exists}.
     */
    public static final String POSTGRES_SCHEMA = "public";

    private TestDatabases() {
    }

    /** An in-memory H2 database that lives as long as the JVM; use a new name for an empty one. */
    public static WorkbenchActiveObjects h2(String name) {
        return new WorkbenchActiveObjects(AoDatabase.open(h2Url(name), "sa", "", H2_SCHEMA, NAMESPACE));
    }

    public static String h2Url(String name) {
        return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }

    /** A new, empty database on this JVM's PostgreSQL test server ({@link PostgresServer#shared()}). */
    public static WorkbenchActiveObjects postgres() {
        return postgres("ao");
    }

    /** As {@link #postgres()}, with the database named after {@code prefix} (handy when reading server logs). */
    public static WorkbenchActiveObjects postgres(String prefix) {
        PostgresServer server = PostgresServer.shared();
        String url = server.freshDatabase(prefix);
        return new WorkbenchActiveObjects(AoDatabase.open(url, server.user(), server.password(), POSTGRES_SCHEMA, NAMESPACE));
    }
}
