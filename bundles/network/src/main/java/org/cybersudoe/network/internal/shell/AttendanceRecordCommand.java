package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Attendance;
import org.cybersudoe.network.AttendanceEntry;
import org.cybersudoe.network.AttendanceStatus;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "attendance-record", description = "Records who was present, absent or excused at a meeting (its host partner or admins).")
public class AttendanceRecordCommand extends NetworkCommand {

    @Reference
    MeetingService meetings;

    @Argument(index = 0, name = "meeting", required = true, description = "the meeting's id")
    @Completion(MeetingIdCompleter.class)
    long meetingId;

    @Argument(index = 1, name = "entries", required = true, multiValued = true,
            description = "personId=status, status being present, absent or excused; for example 12=present 14=excused")
    List<String> entries;

    @Override
    protected void run(Caller caller, PrintStream out) {
        List<AttendanceEntry> parsed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String[] parts = entries.get(i).split("=", 2);
            AttendanceStatus status = parts.length == 2 ? AttendanceStatus.fromCode(parts[1]).orElse(null) : null;
            long personId;
            try {
                personId = Long.parseLong(parts[0].strip());
            } catch (NumberFormatException e) {
                personId = -1;
            }
            if (status == null || personId <= 0) {
                throw new ValidationException("entries[" + i + "]", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.attendance-entry"));
            }
            parsed.add(new AttendanceEntry(personId, status));
        }
        Meeting m = meetings.recordAttendance(caller, meetingId, parsed);
        ShellTable table = table("console.column.person", "console.column.name", "console.column.structure",
                "console.column.status");
        for (Attendance a : m.attendance()) {
            table.addRow().addContent(a.personId(), a.personName(), a.structureCode(), a.status().code());
        }
        table.print(out);
    }
}
