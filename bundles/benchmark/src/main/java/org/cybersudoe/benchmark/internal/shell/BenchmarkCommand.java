package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.PagedCommand;

/**
 * Every {@code benchmark:*} command: the platform's command base, with the paging options of
 * lists, the benchmark's catalog and GT2's refusal hints.
 */
public abstract class BenchmarkCommand extends PagedCommand {

    /** The catalog key of the hint per refusal type. */
    private static final Map<String, String> WHO = Map.of(
            "admin", "console.hint.admin",
            "partner.scope", "console.hint.partner-scope",
            "network.read", "console.hint.network-read",
            "benchmark.review", "console.hint.benchmark-review",
            "benchmark.adoption", "console.hint.benchmark-adoption");

    // declared again so the area's tests (same package) can run a command directly
    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Messages messages() {
        return BenchmarkTexts.MESSAGES;
    }

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type)).map(key -> say(key));
    }

    /** A page of sheets as {@code sheet-list} and {@code sheet-search} print it, with its footer. */
    void printSheets(Page<Sheet> page, PrintStream out) {
        var table = table("console.column.id", "console.column.owner", "console.column.country", "console.column.method",
                "console.column.status", "console.column.themes", "console.column.title");
        for (Sheet s : page.items()) {
            table.addRow().addContent(s.id(), s.owner(), s.country(), s.method(), s.status().code(),
                    String.join(",", s.themes()), text(s.title()));
        }
        table.print(out);
        printCount(page, "console.noun.sheets", out);
    }
}
