package org.cybersudoe.outreach.internal;

import static org.cybersudoe.outreach.internal.Area.ADMIN;
import static org.cybersudoe.outreach.internal.Area.CYBERMASSIF_STAFF;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.outreach.BounceOutcome;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.internal.newsletter.BounceMailbox;
import org.cybersudoe.outreach.internal.newsletter.BounceMailboxConfig;
import org.cybersudoe.outreach.internal.newsletter.BounceServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.CampaignServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.newsletter.NewsletterServiceImpl;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Delivery reports (RFC 3464) of campaign messages: a permanent failure marks the address and the
 * next campaign leaves it out; an out-of-office reply, a delay, or a report on a message we did
 * not send changes nothing. Reports come through the service or from a mailbox read over IMAP.
 */
public class BounceTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Area area;
    private GreenMail mail;
    private Dispatcher dispatcher;
    private NewsletterServiceImpl newsletters;
    private CampaignServiceImpl campaigns;
    private BounceServiceImpl bounces;

    @Before
    public void open() throws IOException {
        area = Area.fresh("bounce", 500);
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        dispatcher = new Dispatcher(area.dataSource(), area.db,
                new Mail(folder.getRoot().toPath()).config(mail.getSmtp().getPort(), 2, 0, false));
        newsletters = new NewsletterServiceImpl(area.db, Area.structures(), area.directory, dispatcher, Area.themes());
        campaigns = new CampaignServiceImpl(area.db, newsletters, dispatcher);
        bounces = new BounceServiceImpl(dispatcher);
        Path csv = folder.newFile("c.csv").toPath();
        Files.writeString(csv, "company_name,country,email,consent_basis,consent_date\n"
                + "Gone,FR,gone@example.org,consent,2024-01-10\nStays,FR,stays@example.org,consent,2024-01-10\n");
        area.imports.importCsv(ADMIN, "cybermassif", csv, "c.csv", ImportProgress.NONE);
    }

    @After
    public void close() {
        dispatcher.deactivateForTests();
        mail.stop();
        area.close();
    }

    private Campaign sendIssue(int number) {
        long issue = newsletters.create(ADMIN, new IssueDraft(number, LocalizedText.of("S", "S", "S", "S"),
                LocalizedText.of("T", "T", "T", "T"), List.of())).id();
        Campaign c = campaigns.schedule(ADMIN, issue, null);
        Instant deadline = Instant.now().plusSeconds(30);
        while (campaigns.get(ADMIN, c.id()).status() != CampaignStatus.DONE) {
            assertTrue("the campaign ends", Instant.now().isBefore(deadline));
            sleep(50);
        }
        return campaigns.get(ADMIN, c.id());
    }

    private String messageIdTo(String address) throws Exception {
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return m.getMessageID();
            }
        }
        throw new AssertionError("nothing was sent to " + address);
    }

    /** A delivery status notification as an MTA writes it. */
    static String dsn(String recipient, String action, String status, String originalMessageId) {
        return "From: MAILER-DAEMON@mx.example.net\r\nTo: lettre@cybersudoe.example\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n"
                + "Arrival-Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nFinal-Recipient: rfc822; " + recipient + "\r\nAction: " + action
                + "\r\nStatus: " + status + "\r\nDiagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected\r\n\r\n"
                + "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: CyberSudoe <lettre@cybersudoe.example>\r\nTo: " + recipient
                + "\r\nSubject: S\r\nMessage-ID: " + originalMessageId + "\r\n\r\n--b1--\r\n";
    }

    static String outOfOffice(String originalMessageId) {
        return "From: gone@example.org\r\nTo: lettre@cybersudoe.example\r\nSubject: Absence: S\r\nAuto-Submitted: auto-replied\r\n"
                + "In-Reply-To: " + originalMessageId + "\r\nContent-Type: text/plain\r\n\r\nI am away until Monday. Status: 5.1.1 failed\r\n";
    }

    @Test
    public void aPermanentFailureMarksTheAddressAndTheNextCampaignLeavesItOut() throws Exception {
        Campaign first = sendIssue(1);
        assertEquals(2, first.progress().sent());
        String id = messageIdTo("gone@example.org");

        assertThrows(AccessDeniedException.class, () -> bounces.report(CYBERMASSIF_STAFF,
                dsn("gone@example.org", "failed", "5.1.1", id).getBytes(StandardCharsets.US_ASCII)));
        BounceOutcome ooo = bounces.report(ADMIN, outOfOffice(id).getBytes(StandardCharsets.US_ASCII));
        assertFalse(ooo.deliveryReport());
        BounceOutcome delayed = bounces.report(ADMIN, dsn("gone@example.org", "delayed", "4.4.1", id).getBytes(StandardCharsets.US_ASCII));
        assertTrue(delayed.deliveryReport());
        assertFalse(delayed.applied());
        BounceOutcome foreign = bounces.report(ADMIN, dsn("gone@example.org", "failed", "5.1.1",
                "<123.abc@elsewhere.example>").getBytes(StandardCharsets.US_ASCII));
        assertFalse(foreign.reason().resolve(Language.EN).orElseThrow(), foreign.applied());
        BounceOutcome otherAddress = bounces.report(ADMIN, dsn("stays@example.org", "failed", "5.1.1", id)
                .getBytes(StandardCharsets.US_ASCII));
        assertFalse("a report must name the address the message went to: " + otherAddress.reason().resolve(Language.EN).orElseThrow(),
                otherAddress.applied());
        assertNull("nothing changed so far", contact("gone@example.org").bouncedAt());

        BounceOutcome bounce = bounces.report(ADMIN, dsn("Gone@Example.org", "failed", "5.1.1", id).getBytes(StandardCharsets.US_ASCII));
        assertTrue(bounce.reason().resolve(Language.EN).orElseThrow(), bounce.applied());
        assertEquals("dirección marcada como rebotada: ya no recibirá más campañas", bounce.reason().resolve(Language.ES).orElseThrow());
        assertEquals(first.id(), bounce.campaignId().longValue());
        Contact gone = contact("gone@example.org");
        assertNotNull(gone.bouncedAt());
        assertTrue(gone.bounceDetail(), gone.bounceDetail().startsWith("5.1.1"));
        assertNull(contact("stays@example.org").bouncedAt());

        Campaign second = sendIssue(2);
        assertEquals("the bounced address is left out", 1, second.progress().recipients());
    }

    @Test
    public void theBounceMailboxTakesReportsAndLeavesEverythingElseForAPerson() throws Exception {
        sendIssue(1);
        String id = messageIdTo("gone@example.org");
        var user = mail.setUser("bounces@cybersudoe.example", "bounces", "a-long-test-password");
        user.deliver(mime(outOfOffice(id)));
        user.deliver(mime(dsn("gone@example.org", "failed", "5.1.1", id)));

        BounceMailbox mailbox = new BounceMailbox(bounces, mailboxConfig(mail.getImap().getPort()));
        assertEquals(1, mailbox.read());
        assertNotNull(contact("gone@example.org").bouncedAt());
        assertEquals("the report is gone, the reply waits for a person", 0, mailbox.read());
        assertEquals(1, mail.getManagers().getImapHostManager()
                .getInbox(mail.getManagers().getUserManager().getUser("bounces")).getMessageCount());
    }

    private MimeMessage mime(String raw) throws Exception {
        MimeMessage m = new MimeMessage(GreenMailUtil.getSession(mail.getSmtp().getServerSetup()),
                new java.io.ByteArrayInputStream(raw.replace("To: lettre@cybersudoe.example", "To: bounces@cybersudoe.example")
                        .getBytes(StandardCharsets.US_ASCII)));
        m.setRecipients(Message.RecipientType.TO, "bounces@cybersudoe.example");
        return m;
    }

    private Contact contact(String email) {
        long company = area.directory.companies(ADMIN, new CompanyQuery(null, null, null, null, null, null, email, null),
                PageRequest.first()).items().get(0).id();
        return area.directory.contacts(ADMIN, company).get(0);
    }

    private static BounceMailboxConfig mailboxConfig(int port) {
        return new BounceMailboxConfig() {
            @Override public Class<? extends Annotation> annotationType() { return BounceMailboxConfig.class; }
            @Override public boolean enabled() { return false; }
            @Override public String protocol() { return "imap"; }
            @Override public String host() { return "127.0.0.1"; }
            @Override public int port() { return port; }
            @Override public String username() { return "bounces"; }
            @Override public String password() { return "a-long-test-password"; }
            @Override public String folder() { return "INBOX"; }
            @Override public int pollSeconds() { return 300; }
        };
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
