package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.MissionService;

@Service
@Command(scope = "engagement", name = "mission-report", description = "Writes a mission's report as a PDF file.")
public class MissionReportCommand extends EngagementCommand {

    @Reference
    MissionService missions;

    @Argument(index = 0, name = "mission", description = "mission id", required = true)
    @Completion(TypedValue.class)
    long missionId;

    @Argument(index = 1, name = "file", description = "the PDF file to write, in the server's exchange folder", required = true)
    @Completion(ExchangeFiles.class)
    String file;

    @Option(name = "--replace", description = "write over the file if it exists")
    boolean replace;

    @Override
    protected void run(Caller caller, PrintStream out) {
        byte[] pdf = missions.reportPdf(caller, missionId);
        Path written = writeFile(caller, "file", file, replace, stream -> stream.write(pdf));
        out.println(say("console.mission-report.done", String.valueOf(missionId), String.valueOf(written), String.valueOf(pdf.length)));
    }
}
