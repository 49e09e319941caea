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
}
