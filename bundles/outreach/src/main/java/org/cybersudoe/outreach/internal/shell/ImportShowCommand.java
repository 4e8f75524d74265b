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
            var table = table("Id", "Partner", "Status", "Rows", "Created", "Updated", "Unchanged", "Rejected", "By", "Source");
            for (ImportReport r : page.items()) {
                table.addRow().addContent(r.id(), r.partner(), r.status().code(), r.rows(),
                        r.companiesCreated() + r.contactsCreated(), r.companiesUpdated() + r.contactsUpdated(), r.unchanged(),
                        r.rejected(), r.importedBy(), r.source());
            }
            table.print(out);
            printCount(page, "import(s)", out);
            return;
        }
        ImportReport r = imports.get(caller, id, page(List.of()));
        out.println("Import " + r.id() + " of " + r.source() + " into " + r.partner() + " by " + r.importedBy() + ": "
                + r.status().code() + " (started " + r.startedAt() + (r.finishedAt() == null ? "" : ", ended " + r.finishedAt()) + ")");
        out.println("  rows " + r.rows() + "; companies created " + r.companiesCreated() + ", updated " + r.companiesUpdated()
                + "; contacts created " + r.contactsCreated() + ", updated " + r.contactsUpdated() + "; unchanged " + r.unchanged()
                + "; rejected " + r.rejected());
        for (RowError e : r.errors()) {
            out.println("  line " + e.line() + ", " + e.field() + ": " + e.detail() + " (" + e.code() + ")");
        }
    }
}
