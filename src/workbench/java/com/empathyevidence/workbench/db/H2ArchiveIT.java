package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;
import java.util.concurrent.atomic.AtomicInteger;

/** The {@link ArchiveContract} on embedded H2: two in-memory databases per test, one to export, one to import into. */
public class H2ArchiveIT extends ArchiveContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.h2("archive_" + name + "_" + DATABASES.incrementAndGet());
    }
}
