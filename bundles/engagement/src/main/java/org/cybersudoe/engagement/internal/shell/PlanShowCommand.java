package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.PartnerPlan;
import org.cybersudoe.engagement.PlanService;

@Service
@Command(scope = "engagement", name = "plan-show", description = "Shows each partner's events and missions against its targets.")
public class PlanShowCommand extends EngagementCommand {

    @Reference
    PlanService plans;

    @Override
    protected void run(Caller caller, PrintStream out) {
        var table = table("console.column.partner", "console.column.country", "console.column.events-held",
                "console.column.events-planned", "console.column.target", "console.column.missions-done",
                "console.column.missions-planned", "console.column.target", "console.column.consultant-days",
                "console.column.companies-reached", "console.column.events-per-theme");
        for (PartnerPlan p : plans.plans(caller)) {
            table.addRow().addContent(p.partner(), p.country(), p.eventsHeld(), p.eventsPlanned(), p.eventsTarget(),
                    p.missionsDone(), p.missionsPlanned(), p.missionsTarget(), p.consultantDaysDone(), p.companiesReached(),
                    p.eventsByTheme().toString());
        }
        table.print(out);
    }
}
