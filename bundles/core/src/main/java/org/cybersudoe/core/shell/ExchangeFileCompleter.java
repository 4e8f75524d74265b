package org.cybersudoe.core.shell;

import java.util.List;

import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/**
 * Completes the names of the files in the exchange folder ({@code exchange/} in Karaf's base
 * folder), the one folder console commands read files from. Karaf finds a completer among the
 * services of the command's own bundle, so each area's shell package declares
 * {@code @Service public class ExchangeFiles extends ExchangeFileCompleter {}} and puts
 * {@code @Completion(ExchangeFiles.class)} on its file arguments.
 */
public class ExchangeFileCompleter implements Completer {

    private static final int MAX_NAMES = 500;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(ExchangeFolder.ofKaraf().fileNames(MAX_NAMES)).complete(session, commandLine, candidates);
    }
}
