package org.cybersudoe.diagnostic.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.PeerService;

@Service
@Command(scope = "diagnostic", name = "peers-recompute", description = "Reads the peer statistics again from the database (the newest "
        + "submitted assessment of every directory company) and says how many companies each questionnaire has.")
public class PeersRecomputeCommand extends DiagnosticCommand {

    @Reference
    PeerService peers;

    @Override
    protected void run(Caller caller, PrintStream out) {
        long start = System.nanoTime();
        var counts = peers.recompute(caller);
        var table = table("console.column.questionnaire", "console.column.companies");
        counts.forEach((q, n) -> table.addRow().addContent(q, n));
        table.print(out);
        out.println(say("console.peers-recompute.done", String.valueOf((System.nanoTime() - start) / 1_000_000)));
    }
}
