package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "structure-list", description = "Lists support structures with status, country, regions and co-piloted work packages.")
public class StructureListCommand extends PagedListCommand {

    @Reference
    StructureService structures;

    @Option(name = "--status", description = "partner, associated or informed")
    String status;

    @Option(name = "--country", description = "ISO country code, such as ES")
    String country;

    @Option(name = "--text", description = "text in the code or name")
    String text;



    @Override
    protected void run(Caller caller, PrintStream out) {
        MembershipStatus s = status == null ? null : MembershipStatus.fromCode(status).orElseThrow(
                () -> new ValidationException("--status", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.membership-status")));
        printStructures(structures.list(caller, new StructureQuery(s, country, text),
                page("code", StructureService.SORTABLE)), out);
    }
}
