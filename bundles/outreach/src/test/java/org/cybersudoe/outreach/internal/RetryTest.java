package org.cybersudoe.outreach.internal;

import static org.cybersudoe.outreach.internal.Area.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.internal.newsletter.CampaignServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.newsletter.NewsletterServiceImpl;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * SMTP replies other than acceptance: a 4xx (greylisting) is tried again after a delay and
 * then goes through; a 5xx is recorded at once and never tried again; a 4xx that lasts is
 * counted as failed after the configured number of attempts.
 */
public class RetryTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void transientRepliesAreTriedAgainAndPermanentOnesRecordedAtOnce() throws Exception {
        try (Area area = Area.fresh("retry", 500);
                ScriptedSmtpServer smtp = new ScriptedSmtpServer((address, n) -> switch (address) {
                    case "grey@example.org" -> n == 1 ? "451 4.7.1 Greylisted, try again later" : "250 ok";
                    case "nobody@example.org" -> "550 5.1.1 No such user";
                    case "full@example.org" -> "452 4.2.2 Mailbox full";
                    default -> "250 ok";
                })) {
            Path csv = folder.newFile("c.csv").toPath();
            Files.writeString(csv, "company_name,country,email,consent_basis,consent_date\n"
                    + "A,FR,fine@example.org,consent,2024-01-10\nB,FR,grey@example.org,consent,2024-01-10\n"
                    + "C,FR,nobody@example.org,consent,2024-01-10\nD,FR,full@example.org,consent,2024-01-10\n");
            area.imports.importCsv(ADMIN, "cybermassif", csv, "c.csv", ImportProgress.NONE);
            // retries after 1 s, then 2 s; at most 3 attempts
            Dispatcher dispatcher = new Dispatcher(area.dataSource(), area.db, new Mail(folder.getRoot().toPath())
                    .config(smtp.port(), 2, 0, false));
            try {
                NewsletterServiceImpl newsletters = new NewsletterServiceImpl(area.db, Area.structures(), area.directory, dispatcher, Area.themes());
                CampaignServiceImpl campaigns = new CampaignServiceImpl(area.db, newsletters, dispatcher);
                long issue = newsletters.create(ADMIN, new IssueDraft(1, LocalizedText.of("S", "S", "S", "S"),
                        LocalizedText.of("T", "T", "T", "T"), List.of())).id();
                long id = campaigns.schedule(ADMIN, issue, null).id();
                Instant deadline = Instant.now().plusSeconds(60);
                Campaign c = campaigns.get(ADMIN, id);
                while (c.status() != CampaignStatus.DONE) {
                    assertTrue("the campaign ends: " + c, Instant.now().isBefore(deadline));
                    Thread.sleep(100);
                    c = campaigns.get(ADMIN, id);
                }
                assertEquals(2, c.progress().sent());
                assertEquals(2, c.progress().failed());
                assertEquals(List.of("fine@example.org", "grey@example.org"), smtp.accepted().stream().sorted().toList());
                assertEquals("greylisted once, then accepted", 2, smtp.tries("grey@example.org"));
                assertEquals("a permanent refusal is not tried again", 1, smtp.tries("nobody@example.org"));
                assertEquals("a lasting 4xx is tried maxAttempts times", 3, smtp.tries("full@example.org"));
            } finally {
                dispatcher.deactivateForTests();
            }
        }
    }
}
