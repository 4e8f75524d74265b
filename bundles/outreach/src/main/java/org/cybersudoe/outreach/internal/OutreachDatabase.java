package org.cybersudoe.outreach.internal;

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
 * GT4's database: brings the schema to the newest version before anything uses it (every
 * outreach service references this component) and runs units of work in one transaction each.
 */
@Component(service = OutreachDatabase.class)
public class OutreachDatabase {

    public static final String AREA = "outreach";

    private final AreaDatabase database;

    @Activate
    public OutreachDatabase(@Reference(target = "(osgi.unit.name=outreach)") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        this(AreaDatabase.migrated(AREA, jpa, migrations, OutreachDatabase.class));
    }

    /** Over a database already migrated (tests). */
    public OutreachDatabase(AreaDatabase database) {
        this.database = database;
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    /** See {@link AreaDatabase#check(String)}. */
    public HealthStatus check() {
        return database.check("out_company");
    }
}
