package com.empathyevidence.workbench.db;

import com.empathyevidence.workbench.host.WorkbenchActiveObjects;

/** The {@link PersonaRevisionsContract} on PostgreSQL: a new database on this JVM's test server per test. */
public class PostgresPersonaRevisionsIT extends PersonaRevisionsContract {

    @Override
    protected WorkbenchActiveObjects openEmptyDatabase(String name) {
        return TestDatabases.postgres("revisions");
    }
}
