package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.internal.rest.Bodies;
import org.cybersudoe.engagement.internal.rest.Bodies.EventBody;

@Service
@Command(scope = "engagement", name = "event-update", description = "Replaces an event's data from a JSON file (as for "
        + "event-create); registrants are told of a new time or place.")
public class EventUpdateCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Argument(index = 0, name = "event", description = "event id", required = true)
    @Completion(TypedValue.class)
    long eventId;

    @Argument(index = 1, name = "file", description = "the event as JSON, a file of the server's exchange folder", required = true)
    @Completion(ExchangeFiles.class)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        EventBody body = readJson("file", file, EventBody.class);
        long version = body.version() != null ? body.version() : events.event(caller, eventId).version();
        Event e = events.update(caller, eventId, version, Bodies.draft(body));
        out.println(say("console.event-update.done", String.valueOf(e.id()), String.valueOf(e.confirmed()),
                String.valueOf(e.capacity()), String.valueOf(e.waiting())));
    }
}
