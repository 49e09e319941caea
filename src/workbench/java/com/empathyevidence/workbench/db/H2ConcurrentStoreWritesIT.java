package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link ConcurrentStoreWritesContract} on embedded H2: new in-memory databases per test. */
public class H2ConcurrentStoreWritesIT extends ConcurrentStoreWritesContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.h2("concurrent_" + name + "_" + DATABASES.incrementAndGet());
    }
}
