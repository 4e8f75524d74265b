package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.Registration;

@Service
@Command(scope = "engagement", name = "event-registrations", description = "Lists an event's registrations: confirmed, the "
        + "waiting list in order, cancelled.")
public class EventRegistrationsCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Argument(index = 0, name = "event", description = "event id", required = true)
    long eventId;

    @Override
    protected void run(Caller caller, PrintStream out) {
        var table = table("console.column.id", "console.column.status", "console.column.waiting", "console.column.checked-in",
                "console.column.email", "console.column.contact", "console.column.company");
        int n = 0;
        for (Registration r : events.registrations(caller, eventId)) {
            table.addRow().addContent(r.id(), r.status().code(), r.waitingPosition() == null ? "" : r.waitingPosition(),
                    r.checkedInAt() == null ? "" : r.checkedInAt(), r.email(), r.contactName(), r.companyName());
            n++;
        }
        table.print(out);
        out.println(say("console.event-registrations.count", String.valueOf(n)));
    }
}
