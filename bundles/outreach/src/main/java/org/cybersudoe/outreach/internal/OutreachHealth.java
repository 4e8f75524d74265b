package org.cybersudoe.outreach.internal;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.outreach.internal.rest.CompanyResource;
import org.cybersudoe.outreach.internal.rest.ContactResource;
import org.cybersudoe.outreach.internal.rest.ImportResource;
import org.cybersudoe.outreach.internal.rest.NewsletterResource;
import org.cybersudoe.outreach.internal.rest.UnsubscribeResource;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.soap.DirectoryEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's health. It exists only once the database is migrated and every REST resource and
 * SOAP endpoint of the area is registered, so "outreach up" means the area answers on all its surfaces.
 */
@Component(service = HealthContributor.class)
public class OutreachHealth implements HealthContributor {

    private final OutreachDatabase database;

    @Activate
    public OutreachHealth(@Reference OutreachDatabase database, @Reference CompanyResource companies,
            @Reference ContactResource contacts, @Reference ImportResource imports, @Reference DirectoryEndpoint soap,
            @Reference NewsletterResource newsletters, @Reference UnsubscribeResource unsubscribe, @Reference Dispatcher dispatcher) {
        this.database = database;
    }

    @Override
    public String area() {
        return OutreachDatabase.AREA;
    }

    @Override
    public HealthStatus check() {
        return database.check();
    }
}
