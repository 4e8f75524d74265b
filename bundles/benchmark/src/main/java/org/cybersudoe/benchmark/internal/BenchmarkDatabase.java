package org.cybersudoe.benchmark.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.persistence.SchemaMigrator;
import org.cybersudoe.persistence.AreaDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * GT2's database: brings the schema to the newest version before anything uses it (every
 * benchmark service references this component, so none starts earlier) and runs units of
 * work in one transaction each.
 */
@Component(service = BenchmarkDatabase.class)
public class BenchmarkDatabase {

    public static final String AREA = "benchmark";

    private final AreaDatabase database;

    @Activate
    public BenchmarkDatabase(@Reference(target = "(osgi.unit.name=benchmark)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=cybersudoe)") DataSource dataSource,
            @Reference SchemaMigrator migrator) {
        this.database = AreaDatabase.migrated(AREA, jpa, dataSource, migrator, BenchmarkDatabase.class);
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    /** The schema version and a trivial query, for health. */
    public HealthStatus check() {
        try {
            Long n = tx(em -> em.createQuery("SELECT COUNT(s) FROM SheetEntity s", Long.class).getSingleResult());
            return HealthStatus.up("schema version " + database.schemaVersion() + ", " + n + " sheet(s)");
        } catch (RuntimeException e) {
            return HealthStatus.down("database query failed: " + e.getMessage());
        }
    }
}
