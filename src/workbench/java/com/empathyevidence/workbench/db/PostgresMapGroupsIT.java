package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link MapGroupsContract} on PostgreSQL: this JVM's throwaway test server, a new database per test. */
public class PostgresMapGroupsIT extends MapGroupsContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("groups");
    }
}
