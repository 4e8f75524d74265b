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
            var table = table("console.column.id", "console.column.issue", "console.column.status", "console.column.starts",
                    "console.column.recipients", "console.column.sent", "console.column.failed", "console.column.skipped",
                    "console.column.left");
            for (Campaign c : page.items()) {
                CampaignProgress p = c.progress();
                table.addRow().addContent(c.id(), c.issueNumber(), c.status().code(), c.startsAt(), p.recipients(), p.sent(),
                        p.failed(), p.skipped(), p.left());
            }
            table.print(out);
            printCount(page, "console.noun.campaigns", out);
            return;
        }
        Campaign c = campaigns.get(caller, id);
        while (watch && (c.status() == CampaignStatus.RUNNING || c.status() == CampaignStatus.SCHEDULED)) {
            out.print("\r" + campaignLine(c));
            out.flush();
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            c = campaigns.get(caller, id);
        }
        out.println((watch ? "\r" : "") + campaignLine(c));
        if (c.progress().note() != null) {
            // what the dispatch waits for, as the campaign service words it (in English, as the REST answer has it)
            out.println("  " + text(c.progress().note()));
        }
    }
}
