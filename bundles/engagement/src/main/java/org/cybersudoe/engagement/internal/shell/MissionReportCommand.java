package org.cybersudoe.engagement.internal.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "mission-report", description = "Writes a mission's report as a PDF file.")
public class MissionReportCommand extends EngagementCommand {

    @Reference
    MissionService missions;

    @Argument(index = 0, name = "mission", description = "mission id", required = true)
    long missionId;

    @Argument(index = 1, name = "file", description = "the PDF file to write", required = true)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        byte[] pdf = missions.reportPdf(caller, missionId);
        try {
            Files.write(Path.of(file), pdf);
        } catch (IOException e) {
            throw new ValidationException("file", "unwritable",
                    EngagementTexts.MESSAGES.text("console.invalid.unwritable", file, e.getMessage()));
        }
        out.println(say("console.mission-report.done", String.valueOf(missionId), file, String.valueOf(pdf.length)));
    }
}
