package org.cybersudoe.network.internal;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.network.internal.loader.ProgrammeExtender;
import org.cybersudoe.network.internal.rest.CommitteeResource;
import org.cybersudoe.network.internal.rest.DocumentResource;
import org.cybersudoe.network.internal.rest.MeetingResource;
import org.cybersudoe.network.internal.rest.PersonResource;
import org.cybersudoe.network.internal.rest.ProgrammeResource;
import org.cybersudoe.network.internal.rest.ReminderResource;
import org.cybersudoe.network.internal.rest.StructureResource;
import org.cybersudoe.network.internal.soap.DirectoryEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The area's health. It exists only once the database is migrated and every REST resource and
 * SOAP endpoint of the area is registered, so "network up" means the area answers on all its
 * surfaces, not merely that its tables are there.
 */
@Component(service = HealthContributor.class)
public class NetworkHealth implements HealthContributor {

    private final NetworkDatabase database;
    private final ProgrammeExtender programmeData;

    @Activate
    public NetworkHealth(@Reference NetworkDatabase database,
            @Reference StructureResource structures, @Reference PersonResource people,
            @Reference CommitteeResource committees, @Reference MeetingResource meetings,
            @Reference ReminderResource reminders, @Reference DocumentResource documents,
            @Reference ProgrammeResource programmes, @Reference DirectoryEndpoint directory,
            @Reference ProgrammeExtender programmeData) {
        this.database = database;
        this.programmeData = programmeData;
    }

    @Override
    public String area() {
        return database.area();
    }

    @Override
    public HealthStatus check() {
        if (!programmeData.settled()) {
            return HealthStatus.down(NetworkTexts.MESSAGES.text("health.loading"));
        }
        return database.check();
    }
}
