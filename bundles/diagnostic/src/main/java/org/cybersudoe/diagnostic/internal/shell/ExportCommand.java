package org.cybersudoe.diagnostic.internal.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.PeerService;

@Service
@Command(scope = "diagnostic", name = "export", description = "Writes the submitted assessments of a questionnaire as anonymised CSV: "
        + "no company, no date finer than the month, and country, region, sector and size blanked wherever fewer than the minimum "
        + "cohort of rows share them.")
public class ExportCommand extends DiagnosticCommand {

    @Reference
    PeerService peers;

    @Option(name = "--questionnaire", aliases = "-q", description = "The questionnaire's code (default general)")
    String questionnaire = "general";

    @Argument(index = 0, name = "file", required = true, description = "The CSV file to write on the server (replaced if it exists)")
    @org.apache.karaf.shell.api.action.Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Path target = Path.of(file).toAbsolutePath();
        try {
            // written beside the target and moved into place: a failed export leaves no half file
            Path partial = Files.createTempFile(target.getParent(), ".export-", ".csv");
            int rows;
            try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                rows = peers.exportAnonymised(caller, questionnaire, w);
            } catch (RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            out.println(say("console.export.done", String.valueOf(rows), questionnaire, String.valueOf(target)));
        } catch (IOException e) {
            System.err.println(say("console.export.unwritable", String.valueOf(target), e.getMessage()));
        }
    }
}
