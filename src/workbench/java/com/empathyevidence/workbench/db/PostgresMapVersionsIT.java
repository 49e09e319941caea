package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link MapVersionsContract} on PostgreSQL: this JVM's throwaway test server, a new database per test. */
public class PostgresMapVersionsIT extends MapVersionsContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("versions");
    }
}
