package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link ConcurrentStoreWritesContract} on PostgreSQL: new databases on this JVM's test server per test. */
public class PostgresConcurrentStoreWritesIT extends ConcurrentStoreWritesContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("concurrent");
    }
}
