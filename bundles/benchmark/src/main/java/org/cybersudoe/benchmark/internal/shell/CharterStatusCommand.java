package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.AdoptionStatus;
import org.cybersudoe.benchmark.CharterService;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "charter-status", description = "Shows the current charter version and which partners adopted it.")
public class CharterStatusCommand extends BenchmarkCommand {

    @Reference
    CharterService charter;

    @Override
    protected void run(Caller caller, PrintStream out) {
        charter.current(caller).ifPresentOrElse(
                v -> out.println(say("console.charter-status.current", String.valueOf(v.number()),
                        String.valueOf(v.publishedAt()), v.publishedBy(), v.rules().size())),
                () -> out.println(say("console.charter-status.none")));
        var table = table("console.column.partner", "console.column.adopted-current", "console.column.latest-adopted",
                "console.column.by", "console.column.at");
        long adopted = 0;
        var statuses = charter.adoptionStatus(caller);
        for (AdoptionStatus s : statuses) {
            adopted += s.adoptedCurrent() ? 1 : 0;
            table.addRow().addContent(s.partner(), say(s.adoptedCurrent() ? "console.charter-status.yes" : "console.charter-status.no"),
                    s.latest() == null ? "-" : s.latest().version(), s.latest() == null ? "" : s.latest().adoptedBy(),
                    s.latest() == null ? "" : s.latest().adoptedAt());
        }
        table.print(out);
        out.println(say("console.charter-status.summary", adopted, statuses.size()));
    }
}
