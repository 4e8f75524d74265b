package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "sheet-list", description = "Lists the evaluation sheets you may read, newest first, with filters.")
public class SheetListCommand extends BenchmarkCommand {

    @Reference
    SheetService sheets;

    @Option(name = "--status", description = "draft, submitted, returned or published")
    String status;

    @Option(name = "--owner", description = "structure code")
    String owner;

    @Option(name = "--theme", description = "theme code")
    String theme;

    @Option(name = "--sector", description = "sector theme code")
    String sector;

    @Option(name = "--country", description = "ISO country code, such as ES")
    String country;

    @Option(name = "--method", description = "method code, such as workshop")
    String method;

    @Override
    protected void run(Caller caller, PrintStream out) {
        SheetStatus s = status == null ? null : SheetStatus.fromCode(status).orElseThrow(() -> new ValidationException(
                "--status", "invalid-value", BenchmarkTexts.MESSAGES.text("error.field.sheet-status")));
        printSheets(sheets.search(caller, new SheetQuery(null, null, theme, sector, country, method, s, owner),
                page(SheetService.SORTABLE)), out);
    }
}
