package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "event-list", description = "Lists awareness events with their places and attendance.")
public class EventListCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Option(name = "--partner", description = "partner code")
    String partner;

    @Option(name = "--theme", description = "theme code")
    String theme;

    @Option(name = "--status", description = "planned, open, full, held or cancelled")
    String status;

    @Override
    protected void run(Caller caller, PrintStream out) {
        EventStatus s = status == null ? null : EventStatus.fromCode(status)
                .orElseThrow(() -> new ValidationException("--status", "invalid-value",
                        EngagementTexts.MESSAGES.text("console.invalid.event-status-filter")));
        var page = events.events(caller, new EventQuery(partner, theme, s, null, null), page(EventService.SORTABLE));
        var table = table("console.column.id", "console.column.partner", "console.column.start", "console.column.status",
                "console.column.places", "console.column.waiting", "console.column.companies", "console.column.flag",
                "console.column.themes", "console.column.title");
        for (Event e : page.items()) {
            table.addRow().addContent(e.id(), e.partner(), e.start().toLocalDateTime() + " " + e.start().getZone().getId(),
                    e.status().code(), e.confirmed() + "/" + e.capacity(), e.waiting(), e.companiesAttended(),
                    e.underAttended() ? say("console.value.under-attended") : "", String.join(",", e.themes()),
                    e.title().resolve(e.language()).orElse(""));
        }
        table.print(out);
        printCount(page, "console.noun.events", out);
    }
}
