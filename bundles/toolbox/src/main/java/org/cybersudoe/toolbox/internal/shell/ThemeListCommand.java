package org.cybersudoe.toolbox.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeProblem;
import org.cybersudoe.toolbox.ThemeRefusal;
import org.cybersudoe.toolbox.ThemeRegistry;

@Service
@Command(scope = "toolbox", name = "theme-list",
        description = "Lists the themes (available, and removed ones whose records stay) and the theme bundles refused, with every reason.")
public class ThemeListCommand extends ToolboxCommand {

    @Reference
    ThemeRegistry themes;

    @Override
    protected void run(Caller caller, PrintStream out) {
        List<Theme> all = themes.list(caller, true);
        ShellTable table = columns("console.column.code", "console.column.kind", "console.column.name", "console.column.status",
                "console.column.bundle");
        for (Theme t : all) {
            table.addRow().addContent(t.code(), t.kind(), data(t.name()),
                    message(t.available() ? "theme.available" : "theme.unavailable"),
                    t.bundleSymbolicName() + " " + t.bundleVersion());
        }
        table.print(out);
        out.println(message("console.theme-list.summary", all.stream().filter(Theme::available).count(),
                all.stream().filter(t -> !t.available()).count()));
        List<ThemeRefusal> refusals = themes.refusals(caller);
        if (!refusals.isEmpty()) {
            out.println();
            out.println(message("console.theme-list.refused", refusals.size()));
            for (ThemeRefusal r : refusals) {
                String bundleId = String.valueOf(r.bundleId());
                out.println("  " + (r.themeCode() == null
                        ? message("console.theme-list.refusal", r.bundleSymbolicName(), r.bundleVersion(), bundleId)
                        : message("console.theme-list.refusal-theme", r.bundleSymbolicName(), r.bundleVersion(), bundleId,
                                r.themeCode())));
                for (ThemeProblem p : r.problems()) {
                    out.println("    " + p.in(language()));
                }
            }
        }
    }
}
