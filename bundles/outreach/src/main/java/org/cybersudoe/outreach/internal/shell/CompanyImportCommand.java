package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.RowError;

@Service
@Command(scope = "outreach", name = "company-import", description = "Imports a CSV file of companies and contacts into a "
        + "partner's directory, with a progress bar. Bad rows are listed by line and column while good rows go in; importing "
        + "the same file again changes nothing; an import that stopped is completed by running it again.")
public class CompanyImportCommand extends OutreachCommand {

    private static final int BAR = 30;
    private static final int ERRORS_SHOWN = 50;

    @Reference
    ImportService imports;

    @Argument(index = 0, name = "partner", description = "the partner whose directory the rows go to", required = true)
    String partner;

    @Argument(index = 1, name = "file", description = "the CSV file, on the server's disk", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Path path = Path.of(file).toAbsolutePath();
        if (!Files.isReadable(path)) {
            throw new ValidationException("file", "not-found", "no readable file at " + path);
        }
        long started = System.nanoTime();
        ImportReport report = imports.importCsv(caller, partner, path, path.getFileName().toString(), (done, total) -> {
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            int filled = total > 0 ? (int) (BAR * done / total) : 0;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total + " rows, "
                    + Math.round(done / seconds) + " rows/s");
            out.flush();
        });
        out.println();
        out.println("Import " + report.id() + " of " + report.source() + " into " + report.partner() + ": " + report.status().code());
        out.println("  rows read:          " + report.rows());
        out.println("  companies created:  " + report.companiesCreated() + ", updated: " + report.companiesUpdated());
        out.println("  contacts created:   " + report.contactsCreated() + ", updated: " + report.contactsUpdated());
        out.println("  rows unchanged:     " + report.unchanged());
        out.println("  rows rejected:      " + report.rejected());
        int shown = 0;
        for (RowError e : report.errors()) {
            if (shown++ == ERRORS_SHOWN) {
                out.println("  ... the rest with outreach:import-show " + report.id() + " --offset " + ERRORS_SHOWN);
                break;
            }
            out.println("  line " + e.line() + ", " + e.field() + ": " + e.detail() + " (" + e.code() + ")");
        }
    }
}
