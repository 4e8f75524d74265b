package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "meeting-list", description = "Lists committee meetings (seminars and web conferences).")
public class MeetingListCommand extends PagedListCommand {

    @Reference
    MeetingService meetings;

    @Option(name = "--committee", description = "steering or technical")
    @Completion(CommitteeCodeCompleter.class)
    String committee;

    @Option(name = "--kind", description = "seminar or web-conference")
    @Completion(value = StringsCompleter.class, values = {"seminar", "web-conference"})
    String kind;

    @Option(name = "--from", description = "first day, YYYY-MM-DD")
    String from;

    @Option(name = "--to", description = "last day, YYYY-MM-DD")
    String to;



    @Override
    protected void run(Caller caller, PrintStream out) {
        MeetingKind k = kind == null ? null : MeetingKind.fromCode(kind).orElseThrow(
                () -> new ValidationException("--kind", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.meeting-kind")));
        Page<Meeting> page = meetings.list(caller, new MeetingQuery(committee, k, day("--from", from), day("--to", to)),
                page(null, MeetingService.SORTABLE));
        ShellTable table = table("console.column.id", "console.column.committee", "console.column.kind",
                "console.column.start", "console.column.zone", "console.column.where", "console.column.host",
                "console.column.title", "console.column.present", "console.column.decisions");
        for (Meeting m : page.items()) {
            String where = m.kind() == MeetingKind.SEMINAR ? m.city() + " (" + m.country() + ")" : m.link();
            long present = m.attendance().stream().filter(a -> a.status().name().equals("PRESENT")).count();
            table.addRow().addContent(m.id(), m.committeeCode(), m.kind().code(), m.start(), m.timeZone(), where,
                    m.hostPartner(), text(m.title()), present, m.decisions().size());
        }
        table.print(out);
        printCount(page, "console.noun.meetings", out);
    }

    static LocalDate day(String option, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(option, "invalid-value",
                    NetworkTexts.MESSAGES.text("error.field.date", "2010-06-17"));
        }
    }
}
