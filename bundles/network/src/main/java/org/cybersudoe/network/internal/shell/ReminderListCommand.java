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
        ShellTable table = table("console.column.meeting", "console.column.date", "console.column.city",
                "console.column.host", "console.column.press-release-due", "console.column.state", "console.column.sent");
        for (PressReleaseReminder r : meetings.reminders(caller, MeetingListCommand.day("--as-of", asOf))) {
            table.addRow().addContent(r.meetingId(), r.meetingDate(), r.city(), r.hostPartner(), r.dueOn(),
                    r.state().name().toLowerCase(), r.sentOn() == null ? "" : say("console.reminder-list.sent", String.valueOf(r.sentOn()), r.sentBy()));
        }
        table.print(out);
    }
}
