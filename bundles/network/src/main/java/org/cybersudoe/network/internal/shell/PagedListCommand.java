package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Option;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;

/** A {@code network:*-list} command: the paging options every list takes, and its footer. */
public abstract class PagedListCommand extends NetworkCommand {

    @Option(name = "--offset", description = "how many rows to skip")
    int offset;

    @Option(name = "--limit", description = "how many rows at most (1 to 500)")
    int limit = 100;

    /** The page asked for on the command line, sorted by {@code sort} when the user gave none. */
    PageRequest page(String sort, List<String> sortable) {
        return PageRequest.of(offset, limit, sort, sortable);
    }

    /** The footer under a table: how many rows of how many, for example "9 of 9 structure(s)". */
    static void printCount(Page<?> page, String noun, PrintStream out) {
        out.println(page.items().size() + " of " + page.total() + " " + noun);
    }
}
