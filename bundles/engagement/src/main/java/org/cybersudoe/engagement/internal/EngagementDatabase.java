package org.cybersudoe.engagement.internal;

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
 * The engagement area's database: brings the schema to the newest version before anything uses
 * it (every service of the area references this component) and runs units of work in one
 * transaction each.
 */
@Component(service = EngagementDatabase.class)
public class EngagementDatabase {

    public static final String AREA = "engagement";

    private final AreaDatabase database;

    @Activate
    public EngagementDatabase(@Reference(target = "(osgi.unit.name=engagement)") JpaTemplate jpa,
            @Reference SchemaMigrations migrations) {
        this(AreaDatabase.migrated(AREA, jpa, migrations, EngagementDatabase.class));
    }

    /** Over a database already migrated (tests). */
    public EngagementDatabase(AreaDatabase database) {
        this.database = database;
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    /** See {@link AreaDatabase#check(String)}. */
    public HealthStatus check() {
        return database.check("eng_event");
    }
}
