package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetEvent;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "sheet-show", description = "Shows one evaluation sheet, every language, and its review history.")
public class SheetShowCommand extends BenchmarkCommand {

    @Reference
    SheetService sheets;

    @Argument(index = 0, name = "id", required = true, description = "the sheet's id")
    long id;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Sheet s = sheets.get(caller, id);
        out.println("Sheet " + s.id() + " (" + s.status().code() + ", version " + s.version() + ")");
        out.println("  owner: " + s.owner() + "  country: " + s.country() + "  method: " + s.method());
        out.println("  themes: " + String.join(", ", s.themes()) + "  sectors: " + String.join(", ", s.sectors()));
        out.println("  cost (EUR): " + (s.costEuros() == null ? "-" : s.costEuros()) + "  reach: "
                + (s.reach() == null ? "-" : s.reach()));
        text(out, "title", s.title());
        text(out, "target companies", s.targetCompanies());
        text(out, "description", s.description());
        text(out, "duration", s.duration());
        text(out, "results", s.results());
        text(out, "strengths", s.strengths());
        text(out, "weaknesses", s.weaknesses());
        text(out, "transferability", s.transferability());
        for (SheetEvent e : sheets.history(caller, id)) {
            out.println("  " + e.at() + "  " + e.action() + " by " + e.by() + (e.comment() == null ? "" : ": " + e.comment()));
        }
    }

    private static void text(PrintStream out, String label, LocalizedText text) {
        text.languages().stream().sorted().forEach(l -> out.println("  " + label + " [" + l.code() + "]: "
                + text.exact(l).orElse("")));
    }
}
