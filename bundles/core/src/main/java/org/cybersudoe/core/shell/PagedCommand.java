package org.cybersudoe.core.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Option;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;

/**
 * A command base for areas whose commands list things: the paging options every list takes
 * ({@code --offset}, {@code --limit}), the page they ask for, and the footer under a table.
 */
public abstract class PagedCommand extends AreaCommand {

    @Option(name = "--offset", description = "how many rows to skip (lists)")
    protected int offset;

    @Option(name = "--limit", description = "how many rows at most, 1 to 500 (lists)")
    protected int limit = 100;

    /** The page asked for on the command line, in the service's default order. */
    protected PageRequest page(List<String> sortable) {
        return PageRequest.of(offset, limit, null, sortable);
    }

    /** The footer under a table: how many rows of how many, for example "9 of 9 sheet(s)". */
    protected static void printCount(Page<?> page, String noun, PrintStream out) {
        out.println(page.items().size() + " of " + page.total() + " " + noun);
    }
}
