package org.cybersudoe.diagnostic.internal.shell;

import java.io.PrintStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
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

    @Argument(index = 0, name = "file", required = true, description = "The CSV file to write, in the server's exchange folder")
    @Completion(ExchangeFiles.class)
    String file;

    @Option(name = "--replace", description = "Write over the file if it exists")
    boolean replace;

    @Override
    protected void run(Caller caller, PrintStream out) {
        int[] rows = new int[1];
        Path target = writeFile(caller, "file", file, replace, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            rows[0] = peers.exportAnonymised(caller, questionnaire, w);
            w.flush();
        });
        out.println(say("console.export.done", String.valueOf(rows[0]), questionnaire, String.valueOf(target)));
    }
}
