package org.cybersudoe.network.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;

/** Completes structure codes. */
@Service
public class StructureCodeCompleter implements Completer {

    @Reference
    StructureService structures;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return Completers.complete(session, commandLine, candidates, caller -> structures.list(caller,
                StructureQuery.all(), new PageRequest(0, PageRequest.MAX_LIMIT, List.of())).items().stream()
                .map(Structure::code).toList());
    }
}
