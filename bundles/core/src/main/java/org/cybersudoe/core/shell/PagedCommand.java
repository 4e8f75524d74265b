package org.cybersudoe.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Option;
import org.cybersudoe.core.paging.PageRequest;

/**
 * A command base for areas whose commands list things: the paging options every list takes
 * ({@code --offset}, {@code --limit}) and the page they ask for.
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
}
