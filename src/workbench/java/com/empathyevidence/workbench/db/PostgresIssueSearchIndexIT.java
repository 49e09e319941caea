package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.PersonalAccessTokens;
import java.sql.DriverManager;

/** The {@link IssueSearchIndexContract} on PostgreSQL: this JVM's throwaway test server, a new database per test. */
public class PostgresIssueSearchIndexIT extends IssueSearchIndexContract {

    @Override
    protected PersonalAccessTokens.Connections openEmptyDatabase(String name) {
        PostgresServer server = PostgresServer.shared();
        String url = server.freshDatabase("index");
        return () -> DriverManager.getConnection(url, server.user(), server.password());
    }
}
