package org.cybersudoe.diagnostic.internal;

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
 * The diagnostic area's database: brings the schema to the newest version before anything uses
 * it (every service of the area references this component) and runs units of work in one
 * transaction each.
 */
@Component(service = DiagnosticDatabase.class)
public class DiagnosticDatabase {

    public static final String AREA = "diagnostic";

    private final AreaDatabase database;

    @Activate
    public DiagnosticDatabase(@Reference(target = "(osgi.unit.name=diagnostic)") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        this(AreaDatabase.migrated(AREA, jpa, migrations, DiagnosticDatabase.class));
    }

    /** Over a database already migrated (tests). */
    public DiagnosticDatabase(AreaDatabase database) {
        this.database = database;
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    /** See {@link AreaDatabase#txRetryingLockConflicts(Function)}: for assessments many clients write at once. */
    public <R> R txRetryingLockConflicts(Function<EntityManager, R> work) {
        return database.txRetryingLockConflicts(work);
    }

    /** See {@link AreaDatabase#check(String)}. */
    public HealthStatus check() {
        return database.check("dia_assessment");
    }
}
