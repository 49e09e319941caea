package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/**
 * The {@link EvidenceStoreContract} on PostgreSQL: this JVM's throwaway test server ({@link PostgresServer}), a new
 * database per test.
 */
public class PostgresEvidenceStoreIT extends EvidenceStoreContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres(name);
    }
}
