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
        out.println(say("console.sheet-show.heading", String.valueOf(s.id()), s.status().code(), String.valueOf(s.version())));
        out.println("  " + say("console.sheet-show.where", s.owner(), s.country(), s.method()));
        out.println("  " + say("console.sheet-show.themes", String.join(", ", s.themes()), String.join(", ", s.sectors())));
        out.println("  " + say("console.sheet-show.cost", s.costEuros() == null ? "-" : s.costEuros().toString(),
                s.reach() == null ? "-" : String.valueOf(s.reach())));
        texts(out, "console.sheet-show.title", s.title());
        texts(out, "console.sheet-show.target-companies", s.targetCompanies());
        texts(out, "console.sheet-show.description", s.description());
        texts(out, "console.sheet-show.duration", s.duration());
        texts(out, "console.sheet-show.results", s.results());
        texts(out, "console.sheet-show.strengths", s.strengths());
        texts(out, "console.sheet-show.weaknesses", s.weaknesses());
        texts(out, "console.sheet-show.transferability", s.transferability());
        for (SheetEvent e : sheets.history(caller, id)) {
            // the action is a code (submitted, published, returned), as every surface shows it
            String at = String.valueOf(e.at());
            out.println("  " + (e.comment() == null ? say("console.sheet-show.event", at, e.action(), e.by())
                    : say("console.sheet-show.event-commented", at, e.action(), e.by(), e.comment())));
        }
    }

    /** Every language of a text, one line each, under the label {@code labelKey}. */
    private void texts(PrintStream out, String labelKey, LocalizedText text) {
        String label = say(labelKey);
        text.languages().stream().sorted().forEach(l -> out.println("  " + say("console.sheet-show.text", label, l.code(),
                text.exact(l).orElse(""))));
    }
}
