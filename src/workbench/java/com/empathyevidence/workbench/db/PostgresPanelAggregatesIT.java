package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link PanelAggregatesContract} on PostgreSQL: this JVM's throwaway test server, a new database per test. */
public class PostgresPanelAggregatesIT extends PanelAggregatesContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("panel");
    }
}
