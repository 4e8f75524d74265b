package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.DocumentInfo;
import org.cybersudoe.network.DocumentService;
import org.cybersudoe.network.FolderType;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "document-list", description = "Lists shared documents, per committee or work package.")
public class DocumentListCommand extends PagedListCommand {

    @Reference
    DocumentService documents;

    @Option(name = "--folder-type", description = "committee or work-package")
    @Completion(value = StringsCompleter.class, values = {"committee", "work-package"})
    String folderType;

    @Option(name = "--folder", description = "the committee or work-package code, such as technical or GT3")
    String folder;



    @Override
    protected void run(Caller caller, PrintStream out) {
        FolderType type = folderType == null ? null : FolderType.fromCode(folderType).orElseThrow(
                () -> new ValidationException("--folder-type", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.folder-type")));
        Page<DocumentInfo> page = documents.list(caller, type, folder,
                page(null, DocumentService.SORTABLE));
        ShellTable table = table("console.column.id", "console.column.folder", "console.column.title",
                "console.column.owner", "console.column.version", "console.column.file", "console.column.type",
                "console.column.bytes", "console.column.sha-256");
        for (DocumentInfo d : page.items()) {
            table.addRow().addContent(d.id(), d.folderType().code() + ":" + d.folderCode(), d.title(), d.ownerPartner(),
                    d.latestVersion(), d.latest().fileName(), d.latest().contentType(), d.latest().size(),
                    d.latest().sha256().substring(0, 12) + "...");
        }
        table.print(out);
        printCount(page, "console.noun.documents", out);
    }
}
