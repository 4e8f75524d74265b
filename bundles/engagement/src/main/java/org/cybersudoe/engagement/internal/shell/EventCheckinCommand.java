package org.cybersudoe.engagement.internal.shell;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.LineError;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.SignInReport;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "event-checkin", description = "Checks participants in: one by address or registration "
        + "id, or everyone on a sign-in sheet (CSV with an email column; nobody is checked in when a line is wrong).")
public class EventCheckinCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Option(name = "--sheet", description = "a sign-in sheet (CSV file in the server's exchange folder) instead of one participant")
    @Completion(ExchangeFiles.class)
    String sheet;

    @Argument(index = 0, name = "event", description = "event id", required = true)
    long eventId;

    @Argument(index = 1, name = "participant", description = "e-mail address or registration id")
    String participant;

    @Override
    protected void run(Caller caller, PrintStream out) {
        if (sheet != null) {
            SignInReport report;
            try (InputStream in = Files.newInputStream(fileToRead("--sheet", sheet))) {
                report = events.importSignInSheet(caller, eventId, in);
            } catch (java.io.IOException e) {
                throw new ValidationException("--sheet", "unreadable", e.getMessage());
            }
            if (!report.accepted()) {
                out.println(say("console.event-checkin.sheet-refused", String.valueOf(report.errors().size())));
                for (LineError e : report.errors()) {
                    out.println("  " + lineError(e));
                }
                return;
            }
            out.println(say("console.event-checkin.sheet-done", String.valueOf(report.checkedIn()),
                    String.valueOf(report.alreadyCheckedIn()), String.valueOf(report.lines())));
            return;
        }
        if (participant == null) {
            throw new ValidationException("participant", "required", EngagementTexts.MESSAGES.text("console.invalid.participant"));
        }
        Registration r = participant.matches("\\d+") ? events.checkIn(caller, eventId, Long.parseLong(participant))
                : events.checkIn(caller, eventId, participant);
        out.println(say("console.event-checkin.done", r.email(), r.companyName(), String.valueOf(r.checkedInAt())));
    }

    /** A line of the sheet and what is wrong with it, in the console's language when the service worded it so. */
    private String lineError(LineError e) {
        String message = e.text() == null ? e.message() : text(e.text());
        return e.field() == null ? say("console.event-checkin.line", String.valueOf(e.line()), message)
                : say("console.event-checkin.line-field", String.valueOf(e.line()), e.field(), message);
    }
}
