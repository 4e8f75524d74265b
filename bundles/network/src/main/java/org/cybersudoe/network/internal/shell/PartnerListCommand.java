package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;

@Service
@Command(scope = "network", name = "partner-list", description = "Lists the programme's partners (structures whose status is partner).")
public class PartnerListCommand extends NetworkCommand {

    @Reference
    StructureService structures;

    @Override
    protected void run(Caller caller, PrintStream out) {
        printStructures(structures.list(caller, new StructureQuery(MembershipStatus.PARTNER, null, null),
                PageRequest.of(0, PageRequest.MAX_LIMIT, "country,code", StructureService.SORTABLE)), out);
    }
}
