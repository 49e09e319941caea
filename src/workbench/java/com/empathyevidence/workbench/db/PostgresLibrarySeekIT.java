package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link LibrarySeekContract} on PostgreSQL: a new database on this JVM's test server per test. */
public class PostgresLibrarySeekIT extends LibrarySeekContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("seek");
    }
}
