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
                v -> out.println("Charter version " + v.number() + ", published " + v.publishedAt() + " by "
                        + v.publishedBy() + ", " + v.rules().size() + " golden rules"),
                () -> out.println("No charter version published yet"));
        var table = table("Partner", "Adopted current", "Latest adopted", "By", "At");
        long adopted = 0;
        var statuses = charter.adoptionStatus(caller);
        for (AdoptionStatus s : statuses) {
            adopted += s.adoptedCurrent() ? 1 : 0;
            table.addRow().addContent(s.partner(), s.adoptedCurrent() ? "yes" : "NO",
                    s.latest() == null ? "-" : s.latest().version(), s.latest() == null ? "" : s.latest().adoptedBy(),
                    s.latest() == null ? "" : s.latest().adoptedAt());
        }
        table.print(out);
        out.println(adopted + " of " + statuses.size() + " partner(s) adopted the current version");
    }
}
