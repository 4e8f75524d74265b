package org.cybersudoe.network.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.MeetingService;

/** Completes meeting ids (the first 500 by start). */
@Service
public class MeetingIdCompleter implements Completer {

    @Reference
    MeetingService meetings;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return Completers.complete(session, commandLine, candidates, caller -> meetings.list(caller,
                MeetingQuery.all(), new PageRequest(0, PageRequest.MAX_LIMIT, List.of())).items().stream()
                .map(m -> String.valueOf(m.id())).toList());
    }
}
