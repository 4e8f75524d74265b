package org.cybersudoe.benchmark.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.persistence.AreaDatabase;
import org.cybersudoe.persistence.SchemaMigrations;
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
    public BenchmarkDatabase(@Reference(target = "(osgi.unit.name=benchmark)") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        this(AreaDatabase.migrated(AREA, jpa, migrations, BenchmarkDatabase.class));
    }

    /** Over a database already migrated (tests). */
    BenchmarkDatabase(AreaDatabase database) {
        this.database = database;
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    /** See {@link AreaDatabase#check(String)}. */
    public HealthStatus check() {
        return database.check("bm_sheet");
    }
}
