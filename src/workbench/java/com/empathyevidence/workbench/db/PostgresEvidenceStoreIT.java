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

    @Override
    protected boolean someoneWaitsForALock(java.sql.Connection connection) throws java.sql.SQLException {
        try (var rs = connection.createStatement().executeQuery(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
