package org.cybersudoe.network.internal.shell;

import java.util.List;
import java.util.function.Function;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;

/** Completion from a list the session's caller may read; nothing when it may not. */
final class Completers {

    private Completers() {
    }

    static int complete(Session session, CommandLine line, List<String> candidates,
            Function<Caller, List<String>> values) {
        StringsCompleter delegate = new StringsCompleter();
        try {
            JaasCallers.current().ifPresent(caller -> delegate.getStrings().addAll(values.apply(caller)));
        } catch (RuntimeException e) {
            // no completion rather than an error in the middle of typing
        }
        return delegate.complete(session, line, candidates);
    }
}
