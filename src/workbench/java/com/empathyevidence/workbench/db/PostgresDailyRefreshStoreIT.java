package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link DailyRefreshStoreContract} on PostgreSQL: this JVM's throwaway test server, a new database per test. */
public class PostgresDailyRefreshStoreIT extends DailyRefreshStoreContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("refresh");
    }
}
