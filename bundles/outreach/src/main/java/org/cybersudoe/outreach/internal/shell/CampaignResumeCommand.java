package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.CampaignService;

@Service
@Command(scope = "outreach", name = "campaign-resume", description = "Resumes a paused campaign where it stopped (admins).")
public class CampaignResumeCommand extends OutreachCommand {

    @Reference
    CampaignService campaigns;

    @Argument(index = 0, name = "id", description = "the campaign's id", required = true)
    long id;

    @Override
    protected void run(Caller caller, PrintStream out) {
        out.println(campaignLine(campaigns.resume(caller, id)));
    }
}
