package org.cybersudoe.engagement.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The engagement area's settings, PID {@code org.cybersudoe.engagement}; changes apply at once. */
@ObjectClassDefinition(id = EngagementConfig.PID, name = "CyberSudoe engagement: events and missions",
        description = "Attendance threshold, reminders and the mail of event registrations (sent through the SMTP server "
                + "of org.cybersudoe.outreach.mail).")
public @interface EngagementConfig {

    String PID = "org.cybersudoe.engagement";

    @AttributeDefinition(name = "Minimum companies", description = "An event held with fewer companies checked in is flagged.",
            min = "1")
    int minimumCompanies() default 15;

    @AttributeDefinition(name = "Reminder (hours before)", description = "Registrants with a place get a reminder this long "
            + "before the event starts; 0 for no reminder.", min = "0", max = "720")
    int reminderHoursBefore() default 48;

    @AttributeDefinition(name = "Mail attempts", description = "How many times a registrant's message is tried before it "
            + "counts as failed (the error stays in the outbox).", min = "1", max = "20")
    int mailAttempts() default 8;

    @AttributeDefinition(name = "Mail poll (seconds)", description = "How often the outbox is read when nothing wakes it.",
            min = "1", max = "300")
    int mailPollSeconds() default 5;
}
