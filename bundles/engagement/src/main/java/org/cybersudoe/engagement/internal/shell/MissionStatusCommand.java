package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.internal.EngagementTexts;

@Service
@Command(scope = "engagement", name = "mission-status", description = "Moves a mission to planned or done.")
public class MissionStatusCommand extends EngagementCommand {

    @Reference
    MissionService missions;

    @Argument(index = 0, name = "mission", description = "mission id", required = true)
    long missionId;

    @Argument(index = 1, name = "status", description = "planned or done", required = true)
    String status;

    @Override
    protected void run(Caller caller, PrintStream out) {
        MissionStatus s = MissionStatus.fromCode(status)
                .orElseThrow(() -> new ValidationException("status", "invalid-value",
                        EngagementTexts.MESSAGES.text("error.field.mission-status-required")));
        Mission m = missions.changeStatus(caller, missionId, missions.mission(caller, missionId).version(), s);
        out.println(say("console.mission-status.done", String.valueOf(m.id()), m.status().code()));
    }
}
