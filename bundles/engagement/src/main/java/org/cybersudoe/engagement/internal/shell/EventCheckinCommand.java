package org.cybersudoe.engagement.internal.shell;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.LineError;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.SignInReport;

@Service
@Command(scope = "engagement", name = "event-checkin", description = "Checks participants in: one by address or registration "
        + "id, or everyone on a sign-in sheet (CSV with an email column; nobody is checked in when a line is wrong).")
public class EventCheckinCommand extends EngagementCommand {

    @Reference
    EventService events;

    @Option(name = "--sheet", description = "a sign-in sheet (CSV file) instead of one participant")
    String sheet;

    @Argument(index = 0, name = "event", description = "event id", required = true)
    long eventId;

    @Argument(index = 1, name = "participant", description = "e-mail address or registration id")
    String participant;

    @Override
    protected void run(Caller caller, PrintStream out) {
        if (sheet != null) {
            SignInReport report;
            try (InputStream in = Files.newInputStream(Path.of(sheet))) {
                report = events.importSignInSheet(caller, eventId, in);
            } catch (NoSuchFileException e) {
                throw new ValidationException("--sheet", "not-found", "no file " + sheet);
            } catch (java.io.IOException e) {
                throw new ValidationException("--sheet", "unreadable", e.getMessage());
            }
            if (!report.accepted()) {
                out.println("Nobody checked in: the sheet has " + report.errors().size() + " error(s).");
                for (LineError e : report.errors()) {
                    out.println("  line " + e.line() + (e.field() == null ? "" : " (" + e.field() + ")") + ": " + e.message());
                }
                return;
            }
            out.println(report.checkedIn() + " checked in, " + report.alreadyCheckedIn() + " already were (" + report.lines()
                    + " line(s)).");
            return;
        }
        if (participant == null) {
            throw new ValidationException("participant", "required", "an e-mail address, a registration id, or --sheet FILE");
        }
        Registration r = participant.matches("\\d+") ? events.checkIn(caller, eventId, Long.parseLong(participant))
                : events.checkIn(caller, eventId, participant);
        out.println(r.email() + " (" + r.companyName() + ") checked in at " + r.checkedInAt() + ".");
    }
}
