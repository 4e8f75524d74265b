package org.cybersudoe.outreach.internal;

import static org.cybersudoe.outreach.internal.Area.ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.internal.newsletter.CampaignServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.newsletter.NewsletterServiceImpl;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The ledger's promise with a real process kill: a node sending a campaign over 4 SMTP
 * connections is killed with SIGKILL mid-campaign, another starts on the same database, and in
 * the end every recipient has the issue, nobody was skipped, and at most one message per
 * connection (those on the wire at the kill) arrived twice.
 */
public class KillAndResumeTest {

    private static final int RECIPIENTS = 400;
    private static final int CONNECTIONS = 4;

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private GreenMail smtp;
    private final List<Process> processes = new ArrayList<>();

    @After
    public void close() {
        processes.forEach(Process::destroyForcibly);
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    public void aCampaignKilledMidwayResumesWithEveryoneServedAndAtMostOneDuplicatePerConnection() throws Exception {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        int port = smtp.getSmtp().getPort();

        Area area = Area.fresh("kill", 500);
        String database = area.name();
        Path csv = folder.newFile("contacts.csv").toPath();
        List<String> lines = new ArrayList<>(List.of("company_name,country,contact_name,email,language,consent_basis,consent_date"));
        for (int i = 1; i <= RECIPIENTS; i++) {
            lines.add("Company " + i + ",FR,Person " + i + ",person" + i + "@example.org,fr,consent,2024-01-10");
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
        area.imports.importCsv(ADMIN, "cybermassif", csv, "contacts.csv", ImportProgress.NONE);
        // a node that does not dispatch (no poll will run: it is deactivated at once), to write the issue and schedule it
        Mail mail = new Mail(folder.getRoot().toPath());
        Dispatcher idle = new Dispatcher(area.dataSource(), area.db, mail.config(port, 1, 0, false));
        idle.deactivateForTests();
        NewsletterServiceImpl newsletters = new NewsletterServiceImpl(area.db, Area.structures(), area.directory, idle, Area.themes());
        long issue = newsletters.create(ADMIN, new IssueDraft(9, LocalizedText.of("Sujet", "Asunto", "Assunto", "Subject"),
                LocalizedText.of("Texte", "Texto", "Texto", "Text"), List.of())).id();
        long campaign = new CampaignServiceImpl(area.db, newsletters, idle).schedule(ADMIN, issue, null).id();
        area.shutDown();

        Process first = start(database, port, campaign);
        waitFor(() -> smtp.getReceivedMessages().length >= RECIPIENTS / 3, "a third of the campaign sent");
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals("killed by SIGKILL", 137, first.exitValue());
        int atKill = smtp.getReceivedMessages().length;
        assertTrue("killed midway: " + atKill, atKill < RECIPIENTS);

        Process second = start(database, port, campaign);
        assertTrue("the second node ends the campaign", second.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, second.exitValue());

        Map<String, Integer> received = new HashMap<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            received.merge(m.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
        }
        assertEquals("nobody skipped", RECIPIENTS, received.size());
        int duplicates = received.values().stream().mapToInt(n -> n - 1).sum();
        assertTrue("at most one duplicate per SMTP connection, got " + duplicates, duplicates <= CONNECTIONS);

        Area after = Area.existing(database, 500);
        try {
            Dispatcher reader = new Dispatcher(after.dataSource(), after.db, mail.config(port, 1, 0, false));
            reader.deactivateForTests();
            Campaign done = new CampaignServiceImpl(after.db, new NewsletterServiceImpl(after.db, Area.structures(), after.directory,
                    reader, Area.themes()), reader).get(ADMIN, campaign);
            assertEquals(CampaignStatus.DONE, done.status());
            assertEquals(RECIPIENTS, done.progress().sent());
        } finally {
            after.shutDown();
        }
    }

    private Process start(String database, int port, long campaign) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dderby.stream.error.file=" + new File("target/derby-kill.log").getAbsolutePath(),
                DispatchProcess.class.getName(), database, Integer.toString(port), Long.toString(campaign));
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/dispatch-process.log")));
        Process p = builder.start();
        processes.add(p);
        return p;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertTrue("timed out waiting: " + what, Instant.now().isBefore(deadline));
            Thread.sleep(20);
        }
    }
}
