package org.cybersudoe.toolbox.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.TrainingProgress;
import org.cybersudoe.toolbox.TrainingService;

@Service
@Command(scope = "toolbox", name = "lead-list", description = "Lists the trained project leads, the relays they trained, and the progress toward 2 per partner.")
public class LeadListCommand extends ToolboxCommand {

    @Reference
    TrainingService training;

    @Option(name = "--partner", description = "only this partner's leads")
    String partner;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Page<ProjectLead> page = training.listLeads(caller, partner,
                PageRequest.of(0, PageRequest.MAX_LIMIT, "partner,trainedOn", TrainingService.SORTABLE));
        ShellTable table = columns("console.column.id", "console.column.partner", "console.column.name", "console.column.email",
                "console.column.trained-on", "console.column.relays");
        for (ProjectLead l : page.items()) {
            table.addRow().addContent(l.id(), l.partnerCode(), l.fullName(), l.email() == null ? "" : l.email(),
                    l.trainedOn(), l.relaysTrained());
        }
        table.print(out);
        TrainingProgress p = training.progress(caller);
        out.println(message("training.summary", p.leadsCounted(), p.leadsTarget(), p.relaysTrained()));
    }
}
