package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link MapGroupsContract} on embedded H2: a new in-memory database per test. */
public class H2MapGroupsIT extends MapGroupsContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.h2(name + "_" + DATABASES.incrementAndGet());
    }
}
