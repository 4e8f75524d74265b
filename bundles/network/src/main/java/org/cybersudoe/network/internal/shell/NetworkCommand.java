package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.internal.NetworkTexts;

/**
 * Every {@code network:*} command: the platform's command base, speaking from the network
 * area's catalog, with GT1's refusal hints and the tables more than one command prints.
 */
public abstract class NetworkCommand extends AreaCommand {

    /** The catalog key of who may do what a refusal of each type refused. */
    private static final Map<String, String> WHO = Map.of(
            "admin", "console.refusal.admin",
            "partner.scope", "console.refusal.partner-scope",
            "network.read", "console.refusal.network-read");

    @Override
    protected Messages messages() {
        return NetworkTexts.MESSAGES;
    }

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type)).map(key -> say(key));
    }

    /** A page of structures as {@code structure-list} and {@code partner-list} show them, with its footer. */
    final void printStructures(Page<Structure> page, PrintStream out) {
        ShellTable table = table("console.column.code", "console.column.name", "console.column.status",
                "console.column.since", "console.column.country", "console.column.nuts-ii", "console.column.copilots",
                "console.column.lead");
        String yes = say("console.structure-list.lead-yes");
        for (Structure s : page.items()) {
            table.addRow().addContent(s.code(), text(s.name()), s.status().code(), s.statusSince(), s.country(),
                    String.join(",", s.nutsRegions()), String.join(",", s.workPackages().stream().sorted().toList()),
                    s.leadPartner() ? yes : "");
        }
        table.print(out);
        printCount(page, "console.noun.structures", out);
    }
}
