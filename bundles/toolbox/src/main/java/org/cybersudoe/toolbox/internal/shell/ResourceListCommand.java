package org.cybersudoe.toolbox.internal.shell;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.ResourceQuery;
import org.cybersudoe.toolbox.ResourceService;
import org.cybersudoe.toolbox.ToolResource;

@Service
@Command(scope = "toolbox", name = "resource-list", description = "Lists the toolbox's resources with the status of each language version.")
public class ResourceListCommand extends ToolboxCommand {

    @Reference
    ResourceService resources;

    @Option(name = "--theme", description = "only this theme's resources")
    String theme;

    @Option(name = "--kind", description = "guide, video, diagnostic or partner-tool")
    String kind;

    @Option(name = "--owner", description = "only this partner's resources")
    String owner;

    @Option(name = "--offset", description = "how many rows to skip")
    int offset;

    @Option(name = "--limit", description = "how many rows at most (1 to 500)")
    int limit = 100;

    @Override
    protected void run(Caller caller, PrintStream out) {
        ResourceKind k = kind == null ? null : ResourceKind.fromCode(kind).orElseThrow(
                () -> new ValidationException("--kind", "invalid-value", MESSAGES.text("error.field.resource-kind")));
        Page<ToolResource> page = resources.list(caller, new ResourceQuery(theme, k, owner),
                PageRequest.of(offset, limit, null, ResourceService.SORTABLE));
        ShellTable table = columns("console.column.id", "console.column.theme", "console.column.kind", "console.column.owner",
                "console.column.languages");
        for (ToolResource r : page.items()) {
            table.addRow().addContent(r.id(), r.themeCode(), r.kind().code(), r.ownerPartner(), r.versions().stream()
                    .map(v -> v.language().code() + " " + message("status." + v.status().code()))
                    .collect(Collectors.joining(", ")));
        }
        table.print(out);
        out.println(count(page.items().size(), page.total(), "console.noun.resources"));
    }
}
