package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.internal.OutreachTexts;

@Service
@Command(scope = "outreach", name = "company-import", description = "Imports a CSV file of companies and contacts into a "
        + "partner's directory, with a progress bar. Bad rows are listed by line and column while good rows go in; importing "
        + "the same file again changes nothing; an import that stopped is completed by running it again.")
public class CompanyImportCommand extends OutreachCommand {

    private static final int ERRORS_SHOWN = 50;

    @Reference
    ImportService imports;

    @Argument(index = 0, name = "partner", description = "the partner whose directory the rows go to", required = true)
    @Completion(TypedValue.class)
    String partner;

    @Argument(index = 1, name = "file", description = "the CSV file, in the server's exchange folder", required = true)
    @Completion(ExchangeFiles.class)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Path path = fileToRead("file", file);
        long started = System.nanoTime();
        ImportReport report = imports.importCsv(caller, partner, path, path.getFileName().toString(), (done, total) -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            int filled = total > 0 ? (int) (BAR * done / total) : 0;
            out.print("\r" + say("console.import.progress", bar(filled), String.valueOf(done), String.valueOf(total),
                    String.valueOf(Math.round(done / seconds))));
            out.flush();
        });
        out.println();
        out.println(say("console.import.summary", String.valueOf(report.id()), report.source(), report.partner(),
                report.status().code()));
        out.println("  " + say("console.import.rows-read", String.valueOf(report.rows())));
        out.println("  " + say("console.import.companies", String.valueOf(report.companiesCreated()),
                String.valueOf(report.companiesUpdated())));
        out.println("  " + say("console.import.contacts", String.valueOf(report.contactsCreated()),
                String.valueOf(report.contactsUpdated())));
        out.println("  " + say("console.import.unchanged", String.valueOf(report.unchanged())));
        out.println("  " + say("console.import.rejected", String.valueOf(report.rejected())));
        int shown = 0;
        for (RowError e : report.errors()) {
            if (shown++ == ERRORS_SHOWN) {
                out.println("  " + say("console.import.more-errors", String.valueOf(report.id()), String.valueOf(ERRORS_SHOWN)));
                break;
            }
            out.println(rowError(e));
        }
    }
}
