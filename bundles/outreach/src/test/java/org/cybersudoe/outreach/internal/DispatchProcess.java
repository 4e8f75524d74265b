package org.cybersudoe.outreach.internal;

import java.nio.file.Path;

import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.internal.newsletter.CampaignServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.newsletter.NewsletterServiceImpl;

/**
 * A platform node reduced to its dispatch, in a process of its own, so that a test can kill it
 * with SIGKILL mid-campaign and start another. Arguments: the database's name under
 * target/derby, the SMTP port, the campaign's id. Exits 0 once the campaign is done.
 */
public final class DispatchProcess {

    private DispatchProcess() {
    }

    public static void main(String[] args) throws Exception {
        String database = args[0];
        int port = Integer.parseInt(args[1]);
        long campaign = Long.parseLong(args[2]);
        Area area = Area.existing(database, 500);
        Mail mail = new Mail(Path.of("target"));
        Dispatcher dispatcher = new Dispatcher(area.dataSource(), area.db, mail.config(port, 4, 150, false));
        NewsletterServiceImpl newsletters = new NewsletterServiceImpl(area.db, Area.structures(), area.directory, dispatcher, Area.themes());
        CampaignServiceImpl campaigns = new CampaignServiceImpl(area.db, newsletters, dispatcher);
        while (campaigns.get(Area.ADMIN, campaign).status() != CampaignStatus.DONE) {
            Thread.sleep(100);
        }
        dispatcher.deactivateForTests();
        area.shutDown();
        System.exit(0);
    }
}
