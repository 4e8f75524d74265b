package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.PressReleaseReminder;

@Service
@Command(scope = "network", name = "reminder-list", description = "Lists the press releases due before the steering committee's coming seminars.")
public class ReminderListCommand extends NetworkCommand {

    @Reference
    MeetingService meetings;

    @Option(name = "--as-of", description = "the day to look from, YYYY-MM-DD (default today)")
    String asOf;

    @Override
    protected void run(Caller caller, PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Meeting");
        table.column("Date");
        table.column("City");
        table.column("Host");
        table.column("Press release due");
        table.column("State");
        table.column("Sent");
        for (PressReleaseReminder r : meetings.reminders(caller, MeetingListCommand.day("--as-of", asOf))) {
            table.addRow().addContent(r.meetingId(), r.meetingDate(), r.city(), r.hostPartner(), r.dueOn(),
                    r.state().name().toLowerCase(), r.sentOn() == null ? "" : r.sentOn() + " by " + r.sentBy());
        }
        table.print(out);
    }
}
