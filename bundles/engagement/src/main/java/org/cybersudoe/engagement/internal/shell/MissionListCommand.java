package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionQuery;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "mission-list", description = "Lists technical-assistance missions.")
public class MissionListCommand extends EngagementCommand {

    @Reference
    MissionService missions;

    @Option(name = "--partner", description = "partner code")
    String partner;

    @Option(name = "--company", description = "company id")
    Long company;

    @Option(name = "--status", description = "requested, planned, done or reported")
    String status;

    @Override
    protected void run(Caller caller, PrintStream out) {
        MissionStatus s = status == null ? null : MissionStatus.fromCode(status)
                .orElseThrow(() -> new ValidationException("--status", "invalid-value",
                        EngagementTexts.MESSAGES.text("console.invalid.mission-status-filter")));
        var page = missions.missions(caller, new MissionQuery(partner, company, null, s), page(MissionService.SORTABLE));
        var table = table("console.column.id", "console.column.partner", "console.column.start", "console.column.days",
                "console.column.status", "console.column.report", "console.column.consultant", "console.column.themes",
                "console.column.company");
        for (Mission m : page.items()) {
            table.addRow().addContent(m.id(), m.partner(), m.start(), m.consultantDays(), m.status().code(),
                    m.reportStatus() == null ? "" : m.reportStatus().code(), m.consultant(), String.join(",", m.themes()),
                    m.companyName());
        }
        table.print(out);
        printCount(page, "console.noun.missions", out);
    }
}
