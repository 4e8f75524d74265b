package org.cybersudoe.engagement.internal;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.engagement.internal.demo.EngagementExtender;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.cybersudoe.engagement.internal.rest.CalendarResource;
import org.cybersudoe.engagement.internal.rest.EventResource;
import org.cybersudoe.engagement.internal.rest.MissionResource;
import org.cybersudoe.engagement.internal.rest.PlanResource;
import org.cybersudoe.engagement.internal.rest.RegistrationLinkResource;
import org.cybersudoe.engagement.internal.soap.EventsEndpoint;
import org.cybersudoe.engagement.internal.soap.MissionReportsEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's health. It exists only once the database is migrated and every REST resource and
 * SOAP endpoint of the area is registered; it says down until the plan targets of programme
 * bundles are loaded.
 */
@Component(service = HealthContributor.class)
public class EngagementHealth implements HealthContributor {

    private final EngagementDatabase database;
    private final EngagementExtender extender;

    @Activate
    public EngagementHealth(@Reference EngagementDatabase database, @Reference EngagementExtender extender,
            @Reference EventResource events, @Reference MissionResource missions, @Reference PlanResource plans,
            @Reference CalendarResource calendars, @Reference RegistrationLinkResource links, @Reference EventsEndpoint eventsSoap,
            @Reference MissionReportsEndpoint reportsSoap, @Reference EventMail mail) {
        this.database = database;
        this.extender = extender;
    }

    @Override
    public String area() {
        return EngagementDatabase.AREA;
    }

    @Override
    public HealthStatus check() {
        if (!extender.settled()) {
            return HealthStatus.down(EngagementTexts.MESSAGES.text("health.loading"));
        }
        return database.check();
    }
}
