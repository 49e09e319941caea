package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link ArchiveContract} on PostgreSQL: two new databases on this JVM's test server per test. */
public class PostgresArchiveIT extends ArchiveContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("archive");
    }
}
