package org.cybersudoe.network.internal;

import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.persistence.AreaDatabase;
import org.cybersudoe.persistence.SchemaMigrations;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * GT1's database: brings the schema to the newest version before anything uses it (every
 * network service references this component, so none starts earlier), runs units of work in
 * one transaction each, and answers the health check.
 */
@Component(service = NetworkDatabase.class)
public class NetworkDatabase implements HealthContributor {

    public static final String AREA = "network";

    private final AreaDatabase database;

    @Activate
    public NetworkDatabase(@Reference(target = "(osgi.unit.name=network)") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        this(AreaDatabase.migrated(AREA, jpa, migrations, NetworkDatabase.class));
    }

    /** Over a database already migrated (tests). */
    NetworkDatabase(AreaDatabase database) {
        this.database = database;
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    @Override
    public String area() {
        return AREA;
    }

    /** See {@link AreaDatabase#check(String)}. */
    @Override
    public HealthStatus check() {
        return database.check("net_structure");
    }
}
