package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignService;
import org.cybersudoe.outreach.internal.OutreachTexts;

@Service
@Command(scope = "outreach", name = "campaign-start", description = "Sends a newsletter issue to every contact it may reach, "
        + "now or at a set time (admins). Follow it with outreach:campaign-status.")
public class CampaignStartCommand extends OutreachCommand {

    @Reference
    CampaignService campaigns;

    @Argument(index = 0, name = "issue", description = "the issue's id (outreach:issue-list)", required = true)
    long issue;

    @Option(name = "--at", description = "when to start, such as 2026-12-01T08:00:00Z (now when absent)")
    String at;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Instant start;
        try {
            start = at == null ? null : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new ValidationException("--at", "invalid-value", OutreachTexts.MESSAGES.text("console.invalid.start-at"));
        }
        Campaign c = campaigns.schedule(caller, issue, start);
        out.println(say("console.campaign-start.done", String.valueOf(c.id()), String.valueOf(c.issueNumber()), String.valueOf(c.startsAt())));
    }
}
