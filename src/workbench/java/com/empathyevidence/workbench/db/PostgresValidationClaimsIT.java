package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link ValidationClaimsContract} on PostgreSQL: this JVM's throwaway test server, a new database per test. */
public class PostgresValidationClaimsIT extends ValidationClaimsContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("claims");
    }
}
