package org.cybersudoe.outreach.internal.newsletter;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.List;

import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.outreach.internal.Mail;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The gate before the end of a message's data, against a real SMTP server (GreenMail). */
public class SmtpConnectionTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private GreenMail smtp;
    private Mailer mailer;

    @Before
    public void start() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailer = new Mailer(new Mail(folder.getRoot().toPath()).config(smtp.getSmtp().getPort(), 1, 0, true));
    }

    @After
    public void stop() {
        smtp.stop();
    }

    @Test
    public void aMessageTheGateStopsIsNotDeliveredAndTheNextOneIs() throws Exception {
        try (SmtpConnection connection = new SmtpConnection(mailer.session(), mailer.config())) {
            SmtpConnection.Reply stopped = connection.send(message("stopped@example.org", "<stopped@cybersudoe.example>"),
                    "stopped@example.org", () -> {
                        throw new IOException("not claimed");
                    });
            assertEquals(stopped.toString(), SmtpConnection.Outcome.TRANSIENT, stopped.outcome());

            boolean[] asked = {false};
            SmtpConnection.Reply sent = connection.send(message("sent@example.org", "<sent@cybersudoe.example>"), "sent@example.org",
                    () -> asked[0] = true);
            assertEquals(sent.toString(), SmtpConnection.Outcome.ACCEPTED, sent.outcome());
            assertTrue("the gate is asked before the data ends", asked[0]);
        }
        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        List<String> delivered = java.util.Arrays.stream(smtp.getReceivedMessages()).map(SmtpConnectionTest::to).toList();
        assertEquals("the message stopped at the gate never reached the server's mailboxes", List.of("sent@example.org"), delivered);
    }

    private MimeMessage message(String to, String messageId) throws Exception {
        RenderedMessage rendered = new RenderedMessage(Language.EN, "Subject", "<p>Hello</p>", "Hello");
        return Mailer.withMailClassLoader(() -> mailer.build(rendered, to, messageId, "https://cybersudoe.example/u"));
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (javax.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
