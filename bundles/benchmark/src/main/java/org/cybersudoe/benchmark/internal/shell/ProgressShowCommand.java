package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.Progress;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "progress-show", description = "Shows progress toward the benchmark's target (10 published sheets per partner).")
public class ProgressShowCommand extends BenchmarkCommand {

    @Reference
    SheetService sheets;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Progress p = sheets.progress(caller);
        var table = table("console.column.partner", "console.column.published", "console.column.target",
                "console.column.submitted", "console.column.in-progress");
        p.partners().forEach(x -> table.addRow().addContent(x.partner(), x.published(), x.target(), x.submitted(),
                x.inProgress()));
        table.print(out);
        out.println(say("console.progress-show.summary", p.published(), p.target(), p.submitted(), p.inProgress()));
    }
}
