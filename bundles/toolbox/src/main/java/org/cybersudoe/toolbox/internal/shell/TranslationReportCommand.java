package org.cybersudoe.toolbox.internal.shell;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ProgressLine;
import org.cybersudoe.toolbox.ResourceService;
import org.cybersudoe.toolbox.ThemeTranslationReport;
import org.cybersudoe.toolbox.TranslationGap;

@Service
@Command(scope = "toolbox", name = "translation-report",
        description = "Shows what is missing in which language per theme, and the progress toward 9 guides, 9 videos and 9 diagnostics in 3 languages.")
public class TranslationReportCommand extends ToolboxCommand {

    @Reference
    ResourceService resources;

    @Option(name = "--theme", description = "only this theme")
    String theme;

    @Override
    protected void run(Caller caller, PrintStream out) {
        for (ThemeTranslationReport r : resources.translationReport(caller, theme)) {
            out.println(r.theme().code() + "  " + data(r.theme().name())
                    + (r.theme().available() ? "" : "  (" + message("report.unavailable") + ")"));
            if (r.complete()) {
                out.println("    " + message("report.complete"));
            }
            for (TranslationGap g : r.gaps()) {
                String label = message("kind." + g.kind().code());
                String missing = g.missing().stream().map(Language::code).collect(Collectors.joining(", "));
                out.println("    " + (g.resourceId() == null ? message("report.none", label, missing)
                        : message("report.missing", label, String.valueOf(g.resourceId()), missing)));
            }
        }
        out.println();
        for (ProgressLine l : resources.progress(caller).lines()) {
            out.println(message("progress.line", message("kind." + l.kind().code()), l.themesComplete(), l.themesTarget(),
                    l.languageVersionsDone(), l.languageVersionsTarget()));
        }
    }
}
