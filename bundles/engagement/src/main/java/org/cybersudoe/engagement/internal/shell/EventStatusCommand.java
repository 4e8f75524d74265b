package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "event-status", description = "Opens, marks held or cancels an event (registrants of a "
        + "cancelled event are told by e-mail).")
public class EventStatusCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Argument(index = 0, name = "event", description = "event id", required = true)
    long eventId;

    @Argument(index = 1, name = "status", description = "open, held or cancelled", required = true)
    String status;

    @Override
    protected void run(Caller caller, PrintStream out) {
        EventStatus s = EventStatus.fromCode(status)
                .orElseThrow(() -> new ValidationException("status", "invalid-value",
                        EngagementTexts.MESSAGES.text("error.field.event-status-required")));
        Event current = events.event(caller, eventId);
        Event e = events.changeStatus(caller, eventId, current.version(), s);
        out.println(say("console.event-status.done", String.valueOf(e.id()), e.status().code()));
    }
}
