package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.internal.rest.Bodies;
import org.cybersudoe.engagement.internal.rest.Bodies.ReportBody;

@Service
@Command(scope = "engagement", name = "report-write", description = "Writes the draft report of a done mission from a JSON "
        + "file: {\"situation\", \"needs\", \"recommendations\", \"specification\": [requirements]}, and to rewrite it \"version\", "
        + "the version of the report read (engagement:mission-report).")
public class ReportWriteCommand extends EngagementCommand {

    @Reference
    MissionService missions;

    @Argument(index = 0, name = "mission", description = "mission id", required = true)
    @Completion(TypedValue.class)
    long missionId;

    @Argument(index = 1, name = "file", description = "the report as JSON, a file of the server's exchange folder", required = true)
    @Completion(ExchangeFiles.class)
    String file;

    @Override
    protected void run(Caller caller, PrintStream out) {
        ReportBody body = readJson("file", file, ReportBody.class);
        MissionReport r = missions.writeReport(caller, missionId, Bodies.draft(body), body.version());
        out.println(say("console.report-write.done", String.valueOf(missionId), String.valueOf(r.version()),
                String.valueOf(r.specification().size())));
    }
}
