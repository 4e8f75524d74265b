package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "mission-signoff", description = "Signs a mission's report off (the partner's admins): "
        + "the mission becomes reported and its report no longer changes.")
public class MissionSignoffCommand extends EngagementCommand {

    @Reference
    MissionService missions;

    @Argument(index = 0, name = "mission", description = "mission id", required = true)
    long missionId;

    @Override
    protected void run(Caller caller, PrintStream out) {
        MissionReport draft = missions.report(caller, missionId)
                .orElseThrow(() -> new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.mission-report", missionId)));
        MissionReport signed = missions.signOff(caller, missionId, draft.version());
        out.println(say("console.mission-signoff.done", String.valueOf(missionId), signed.signedOffBy(),
                String.valueOf(signed.signedOffAt())));
    }
}
