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
@Command(scope = "engagement", name = "event-create", description = "Creates a planned event from a JSON file (the body of "
        + "POST /api/v1/engagement/events; see docs/integrator-guide.md).")
public class EventCreateCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Argument(index = 0, name = "file", description = "the event as JSON, a file of the server's exchange folder", required = true)
    @Completion(ExchangeFiles.class)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Event e = events.create(caller, Bodies.draft(readJson("file", file, EventBody.class)));
        // the title as the event announces itself, in its own language
        out.println(say("console.event-create.done", String.valueOf(e.id()), e.status().code(),
                e.title().resolve(e.language()).orElse("")));
    }
}
