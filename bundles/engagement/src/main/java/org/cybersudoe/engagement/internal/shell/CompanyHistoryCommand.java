package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.CompanyHistory;
import org.cybersudoe.engagement.HistoryService;
import org.cybersudoe.engagement.Mission;

@Service
@Command(scope = "engagement", name = "company-history", description = "A company's events (with attendance) and missions.")
public class CompanyHistoryCommand extends EngagementCommand {

    @Reference
    HistoryService history;

    @Argument(index = 0, name = "company", description = "company id (outreach directory)", required = true)
    long companyId;

    @Override
    protected void run(Caller caller, PrintStream out) {
        CompanyHistory h = history.history(caller, companyId);
        var events = table("console.column.event", "console.column.start", "console.column.partner", "console.column.registration",
                "console.column.came", "console.column.title");
        for (CompanyHistory.Attended a : h.events()) {
            events.addRow().addContent(a.event().id(), a.event().start().toLocalDate(), a.event().partner(),
                    a.registration().status().code(), say(a.registration().checkedInAt() == null ? "console.value.no" : "console.value.yes"),
                    a.event().title().resolve(a.registration().language()).orElse(""));
        }
        events.print(out);
        var missions = table("console.column.mission", "console.column.start", "console.column.partner", "console.column.days",
                "console.column.status", "console.column.report");
        for (Mission m : h.missions()) {
            missions.addRow().addContent(m.id(), m.start(), m.partner(), m.consultantDays(), m.status().code(),
                    m.reportStatus() == null ? "" : m.reportStatus().code());
        }
        missions.print(out);
    }
}
