package org.cybersudoe.outreach.internal.newsletter;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.outreach.internal.Mail;
import org.cybersudoe.outreach.internal.ScriptedSmtpServer;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The envelope pipelined (RFC 2920) when the server offers it, and every refusal still read and
 * sorted as without pipelining, against a server that answers only once it has read everything
 * sent to it.
 */
public class SmtpPipeliningTest {

    private static final List<String> ENVELOPE_IN_ONE_GO = List.of("MAIL", "RCPT", "DATA");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private ScriptedSmtpServer server;
    private Mailer mailer;

    @Before
    public void start() throws Exception {
        server = new ScriptedSmtpServer((address, attempt) -> address.startsWith("unknown") ? "550 5.1.1 no such mailbox" : "250 ok");
        server.pipelining = true;
        mailer = new Mailer(new Mail(folder.getRoot().toPath()).config(server.port(), 1, 0, true));
    }

    @After
    public void stop() throws Exception {
        server.close();
    }

    @Test
    public void theEnvelopeAndDataLeaveTogetherAndTheMessagesArriveWhole() throws Exception {
        List<String> sent;
        try (SmtpConnection connection = new SmtpConnection(mailer.session(), mailer.config())) {
            List<String> to = List.of("ana@example.org", "joao@example.org");
            List<MimeMessage> messages = List.of(message(to.get(0)), message(to.get(1)));
            int[] gateAsked = {0};
            for (int i = 0; i < to.size(); i++) {
                SmtpConnection.Reply reply = connection.send(messages.get(i), to.get(i), () -> gateAsked[0]++);
                assertEquals(reply.toString(), SmtpConnection.Outcome.ACCEPTED, reply.outcome());
            }
            assertEquals("the gate is still asked before each message's data ends", 2, gateAsked[0]);
            sent = List.of(wire(messages.get(0)), wire(messages.get(1)));
        }
        assertEquals(List.of("ana@example.org", "joao@example.org"), server.accepted());
        assertEquals("each message's MAIL FROM, RCPT TO and DATA reached the server before it answered any of them: "
                + server.batches, 2, server.batches.stream().filter(ENVELOPE_IN_ONE_GO::equals).count());
        assertEquals("the data of each message is what was built, byte for byte", sent, server.messages);
    }

    @Test
    public void withoutPipeliningOfferedEachCommandWaitsForItsReply() throws Exception {
        server.pipelining = false;
        try (SmtpConnection connection = new SmtpConnection(mailer.session(), mailer.config())) {
            SmtpConnection.Reply reply = connection.send(message("ana@example.org"), "ana@example.org");
            assertEquals(reply.toString(), SmtpConnection.Outcome.ACCEPTED, reply.outcome());
        }
        assertEquals(List.of("ana@example.org"), server.accepted());
        assertTrue(server.batches.toString(), server.batches.contains(List.of("MAIL")));
        assertTrue(server.batches.toString(), server.batches.contains(List.of("RCPT")));
        assertTrue(server.batches.toString(), server.batches.stream().noneMatch(b -> b.size() > 1 && b.contains("MAIL")));
    }

    @Test
    public void aRefusedRecipientIsPermanentAndTheConnectionGoesOn() throws Exception {
        try (SmtpConnection connection = new SmtpConnection(mailer.session(), mailer.config())) {
            SmtpConnection.Reply refused = connection.send(message("unknown@example.org"), "unknown@example.org");
            assertEquals(refused.toString(), SmtpConnection.Outcome.PERMANENT, refused.outcome());
            assertTrue("the recipient's own reply is kept, not DATA's: " + refused.text(), refused.text().contains("550 5.1.1 no such mailbox"));

            SmtpConnection.Reply next = connection.send(message("ana@example.org"), "ana@example.org");
            assertEquals(next.toString(), SmtpConnection.Outcome.ACCEPTED, next.outcome());
        }
        assertEquals(List.of("ana@example.org"), server.accepted());
        assertTrue("the refused transaction was reset: " + server.batches, server.batches.stream().anyMatch(b -> b.contains("RSET")));
        assertEquals("one connection served both", 1, server.batches.stream().filter(b -> b.contains("EHLO")).count());
    }

    @Test
    public void aSenderRefusedForNowIsTransient() throws Exception {
        server.mailReply = "451 4.3.0 try again later";
        try (SmtpConnection connection = new SmtpConnection(mailer.session(), mailer.config())) {
            SmtpConnection.Reply refused = connection.send(message("ana@example.org"), "ana@example.org");
            assertEquals(refused.toString(), SmtpConnection.Outcome.TRANSIENT, refused.outcome());
            assertTrue("MAIL FROM's reply is kept: " + refused.text(), refused.text().contains("451 4.3.0 try again later"));

            server.mailReply = "250 ok";
            SmtpConnection.Reply next = connection.send(message("ana@example.org"), "ana@example.org");
            assertEquals(next.toString(), SmtpConnection.Outcome.ACCEPTED, next.outcome());
        }
        assertEquals(List.of("ana@example.org"), server.accepted());
    }

    @Test
    public void aServerThatTakesDataAfterRefusingTheRecipientGetsNoMessage() throws Exception {
        server.dataWithoutRecipient = true;
        try (SmtpConnection connection = new SmtpConnection(mailer.session(), mailer.config())) {
            SmtpConnection.Reply refused = connection.send(message("unknown@example.org"), "unknown@example.org");
            assertEquals(refused.toString(), SmtpConnection.Outcome.PERMANENT, refused.outcome());

            SmtpConnection.Reply next = connection.send(message("ana@example.org"), "ana@example.org");
            assertEquals("a new connection takes the next message: " + next, SmtpConnection.Outcome.ACCEPTED, next.outcome());
        }
        assertEquals("nothing was written after the 354: the first connection was closed", List.of(), server.messages.stream()
                .filter(m -> m.contains("unknown@example.org")).toList());
        assertEquals(List.of("ana@example.org"), server.accepted());
        assertEquals(2, server.batches.stream().filter(b -> b.contains("EHLO")).count());
    }

    private MimeMessage message(String to) throws Exception {
        RenderedMessage rendered = new RenderedMessage(Language.FR, "Lettre", "<p>Bonjour</p>", "Bonjour");
        return Mailer.withMailClassLoader(() -> mailer.build(rendered, to, "<" + to.replace('@', '.') + "@cybersudoe.example>",
                "https://cybersudoe.example/u"));
    }

    private static String wire(MimeMessage m) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        String text = out.toString(StandardCharsets.US_ASCII);
        return text.endsWith("\r\n") ? text : text + "\r\n";
    }
}
