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
        var table = table("Partner", "Published", "Target", "Submitted", "In progress");
        p.partners().forEach(x -> table.addRow().addContent(x.partner(), x.published(), x.target(), x.submitted(),
                x.inProgress()));
        table.print(out);
        out.println(p.published() + " of " + p.target() + " sheets published (" + p.submitted() + " under review, "
                + p.inProgress() + " being written)");
    }
}
