package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link EvidenceStoreContract} on embedded H2 (the workbench's default database): a new in-memory database per test. */
public class H2EvidenceStoreIT extends EvidenceStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.h2("store_" + name + "_" + DATABASES.incrementAndGet());
    }

    @Override
    protected boolean someoneWaitsForALock(java.sql.Connection connection) throws java.sql.SQLException {
        try (var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
