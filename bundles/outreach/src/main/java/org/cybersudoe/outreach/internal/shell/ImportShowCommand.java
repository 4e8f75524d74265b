package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.RowError;

@Service
@Command(scope = "outreach", name = "import-show", description = "Shows an import with a page of its rejected rows; without an id, lists the imports.")
public class ImportShowCommand extends OutreachCommand {

    @Reference
    ImportService imports;

    @Argument(index = 0, name = "id", description = "the import's id")
    Long id;

    @Override
    protected void run(Caller caller, PrintStream out) {
        if (id == null) {
            var page = imports.imports(caller, null, page(List.of()));
            var table = table("console.column.id", "console.column.partner", "console.column.status", "console.column.rows",
                    "console.column.created", "console.column.updated", "console.column.unchanged", "console.column.rejected",
                    "console.column.by", "console.column.source");
            for (ImportReport r : page.items()) {
                table.addRow().addContent(r.id(), r.partner(), r.status().code(), r.rows(),
                        r.companiesCreated() + r.contactsCreated(), r.companiesUpdated() + r.contactsUpdated(), r.unchanged(),
                        r.rejected(), r.importedBy(), r.source());
            }
            table.print(out);
            printCount(page, "console.noun.imports", out);
            return;
        }
        ImportReport r = imports.get(caller, id, page(List.of()));
        String importId = String.valueOf(r.id());
        String status = r.status().code();
        String started = String.valueOf(r.startedAt());
        out.println(r.finishedAt() == null
                ? say("console.import-show.header", importId, r.source(), r.partner(), r.importedBy(), status, started)
                : say("console.import-show.header-ended", importId, r.source(), r.partner(), r.importedBy(), status, started,
                        String.valueOf(r.finishedAt())));
        out.println("  " + say("console.import-show.counts", String.valueOf(r.rows()), String.valueOf(r.companiesCreated()),
                String.valueOf(r.companiesUpdated()), String.valueOf(r.contactsCreated()), String.valueOf(r.contactsUpdated()),
                String.valueOf(r.unchanged()), String.valueOf(r.rejected())));
        for (RowError e : r.errors()) {
            out.println(rowError(e));
        }
    }
}
