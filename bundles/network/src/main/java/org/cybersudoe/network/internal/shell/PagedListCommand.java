package org.cybersudoe.network.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Option;
import org.cybersudoe.core.paging.PageRequest;

/**
 * A {@code network:*-list} command: the paging options every list takes; its footer is
 * {@link NetworkCommand#printCount}, which {@code partner-list} shares.
 */
public abstract class PagedListCommand extends NetworkCommand {

    @Option(name = "--offset", description = "how many rows to skip")
    int offset;

    @Option(name = "--limit", description = "how many rows at most (1 to 500)")
    int limit = 100;

    /** The page asked for on the command line, sorted by {@code sort} when the user gave none. */
    PageRequest page(String sort, List<String> sortable) {
        return PageRequest.of(offset, limit, sort, sortable);
    }
}
