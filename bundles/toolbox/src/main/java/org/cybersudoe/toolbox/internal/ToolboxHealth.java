package org.cybersudoe.toolbox.internal;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.toolbox.internal.rest.ResourceResource;
import org.cybersudoe.toolbox.internal.rest.ThemeResource;
import org.cybersudoe.toolbox.internal.rest.TrainingResource;
import org.cybersudoe.toolbox.internal.soap.ToolboxEndpoint;
import org.cybersudoe.toolbox.internal.theme.ThemeExtender;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's health. It exists only once the database is migrated, the theme extender has
 * read the theme bundles already there, and every REST resource and SOAP endpoint of the area
 * is registered: "toolbox up" means the area answers on all its surfaces.
 */
@Component(service = HealthContributor.class)
public class ToolboxHealth implements HealthContributor {

    private final ToolboxDatabase database;

    @Activate
    public ToolboxHealth(@Reference ToolboxDatabase database, @Reference ThemeExtender extender,
            @Reference ThemeResource themes, @Reference ResourceResource resources,
            @Reference TrainingResource trainings, @Reference ToolboxEndpoint endpoint) {
        this.database = database;
    }

    @Override
    public String area() {
        return ToolboxDatabase.AREA;
    }

    @Override
    public HealthStatus check() {
        return database.check();
    }
}
