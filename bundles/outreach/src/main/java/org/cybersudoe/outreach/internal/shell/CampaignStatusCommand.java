package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignProgress;
import org.cybersudoe.outreach.CampaignService;
import org.cybersudoe.outreach.CampaignStatus;

@Service
@Command(scope = "outreach", name = "campaign-status", description = "Shows a campaign's progress (sent, failed, left, rate, "
        + "time left); --watch redraws it every second until it ends. Without an id, lists the campaigns.")
public class CampaignStatusCommand extends OutreachCommand {

    private static final int BAR = 30;

    @Reference
    CampaignService campaigns;

    @Argument(index = 0, name = "id", description = "the campaign's id")
    Long id;

    @Option(name = "--watch", description = "follow the campaign until it ends (Ctrl-C stops watching, not the campaign)")
    boolean watch;

    @Override
    protected void run(Caller caller, PrintStream out) {
        if (id == null) {
            var page = campaigns.list(caller, page(List.of()));
            var table = table("Id", "Issue", "Status", "Starts", "Recipients", "Sent", "Failed", "Skipped", "Left");
            for (Campaign c : page.items()) {
                CampaignProgress p = c.progress();
                table.addRow().addContent(c.id(), c.issueNumber(), c.status().code(), c.startsAt(), p.recipients(), p.sent(),
                        p.failed(), p.skipped(), p.left());
            }
            table.print(out);
            printCount(page, "campaign(s)", out);
            return;
        }
        Campaign c = campaigns.get(caller, id);
        while (watch && (c.status() == CampaignStatus.RUNNING || c.status() == CampaignStatus.SCHEDULED)) {
            out.print("\r" + line(c));
            out.flush();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            c = campaigns.get(caller, id);
        }
        out.println((watch ? "\r" : "") + line(c));
        if (c.progress().note() != null) {
            out.println("  " + c.progress().note());
        }
    }

    static String line(Campaign c) {
        CampaignProgress p = c.progress();
        int done = p.sent() + p.failed() + p.skipped();
        int filled = p.recipients() == 0 ? 0 : BAR * done / p.recipients();
        return "Campaign " + c.id() + " (issue " + c.issueNumber() + ") " + c.status().code() + " [" + "#".repeat(filled)
                + " ".repeat(BAR - filled) + "] sent " + p.sent() + ", failed " + p.failed() + ", skipped " + p.skipped() + ", left "
                + p.left() + ", " + p.perMinute() + "/min" + (p.secondsLeft() == null ? "" : ", about " + p.secondsLeft() + " s left")
                + "   ";
    }
}
