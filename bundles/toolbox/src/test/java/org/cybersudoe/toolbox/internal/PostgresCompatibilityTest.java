package org.cybersudoe.toolbox.internal;

import org.cybersudoe.persistence.testing.SchemaChecks;
import org.cybersudoe.persistence.testing.ScratchPostgres;
import org.junit.Test;

/** The toolbox's migrations and mappings on PostgreSQL, the production database. */
public class PostgresCompatibilityTest {

    @Test
    public void migrationsApplyAndEveryEntityMapsOnPostgres() throws Exception {
        try (ScratchPostgres server = ScratchPostgres.start(); TestDatabase database = TestDatabase.on(server.emptyDatabase())) {
            SchemaChecks.assertEveryEntityReads(database.emf);
        }
    }
}
