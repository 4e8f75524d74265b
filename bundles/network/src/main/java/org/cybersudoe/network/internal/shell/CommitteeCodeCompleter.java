package org.cybersudoe.network.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.network.Committee;
import org.cybersudoe.network.CommitteeService;

/** Completes committee codes. */
@Service
public class CommitteeCodeCompleter implements Completer {

    @Reference
    CommitteeService committees;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return Completers.complete(session, commandLine, candidates,
                caller -> committees.list(caller).stream().map(Committee::code).toList());
    }
}
