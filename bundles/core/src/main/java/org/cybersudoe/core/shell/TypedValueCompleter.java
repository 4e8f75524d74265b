package org.cybersudoe.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;

/**
 * For an argument whose values cannot be listed (an id, a name): offers back what was typed.
 * Karaf completes an argument only when every argument before it has a completer that offers
 * something for what was typed there, so without this a file name after an id would never
 * complete. Like {@link ExchangeFileCompleter}, each area's shell package declares its own
 * {@code @Service} subclass for Karaf to find.
 */
public class TypedValueCompleter implements Completer {

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        String typed = commandLine.getCursorArgument();
        if (typed == null || typed.isEmpty()) {
            return -1;
        }
        candidates.add(typed);
        return commandLine.getBufferPosition() - commandLine.getArgumentPosition();
    }
}
