package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.PersonalAccessTokens;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link IssueSearchIndexContract} on embedded H2: a new in-memory database per test, a new connection per open. */
public class H2IssueSearchIndexIT extends IssueSearchIndexContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected PersonalAccessTokens.Connections openEmptyDatabase(String name) {
        String url = TestDatabases.h2Url(name + "_" + DATABASES.incrementAndGet());
        return () -> DriverManager.getConnection(url, "sa", "");
    }
}
