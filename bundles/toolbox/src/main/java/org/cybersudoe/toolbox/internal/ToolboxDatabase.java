package org.cybersudoe.toolbox.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
 * GT3's database: brings the {@code tbx_} tables to the newest version before anything uses
 * them (every toolbox service references this component, so none starts earlier) and runs
 * units of work in one transaction each.
 */
@Component(service = ToolboxDatabase.class)
public class ToolboxDatabase {

    public static final String AREA = "toolbox";

    private final AreaDatabase database;

    @Activate
    public ToolboxDatabase(@Reference(target = "(osgi.unit.name=toolbox)") JpaTemplate jpa, @Reference SchemaMigrations migrations) {
        this(AreaDatabase.migrated(AREA, jpa, migrations, ToolboxDatabase.class));
    }

    /** Over a database already migrated (tests). */
    ToolboxDatabase(AreaDatabase database) {
        this.database = database;
    }

    /** See {@link AreaDatabase#tx(Function)}. */
    public <R> R tx(Function<EntityManager, R> work) {
        return database.tx(work);
    }

    /** See {@link AreaDatabase#check(String)}. */
    public HealthStatus check() {
        return database.check("tbx_theme");
    }

    public static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
