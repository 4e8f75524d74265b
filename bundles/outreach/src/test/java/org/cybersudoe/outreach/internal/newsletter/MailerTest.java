package org.cybersudoe.outreach.internal.newsletter;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.mail.BodyPart;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.internal.Mail;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A campaign's messages are JavaMail's layout written once per language and subject, each
 * recipient's values put in its holes: what arrives must be what JavaMail itself writes for that
 * recipient.
 */
public class MailerTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Mailer mailer;

    @Before
    public void create() throws IOException {
        mailer = new Mailer(new Mail(folder.getRoot().toPath()).config(25, 1, 0, false));
    }

    private static EncodedMessage content(String name) {
        return new EncodedMessage(Language.FR, "Lettre CyberSudoe n°7 : les sauvegardes",
                QuotedPrintable.encode("<p>Bonjour " + name + ",</p>\n<p>Sauvegardez vos données.</p>\n"),
                QuotedPrintable.encode("Bonjour " + name + ",\n\nSauvegardez vos données.\n"));
    }

    private MimeMessage built(String name, String to, long contactId) throws Exception {
        MimeMessage wire = mailer.build(content(name), to, mailer.messageId(7, contactId), mailer.unsubscribeUrl(7, contactId, "tok+" + contactId));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeTo(out);
        return new MimeMessage(mailer.session(), new ByteArrayInputStream(out.toByteArray()));
    }

    /** The same message as JavaMail lays it out when asked directly, read back. */
    private MimeMessage reference(String name, String to, long contactId) throws Exception {
        MimeMessage m = new MimeMessage(mailer.session());
        m.setFrom(new InternetAddress("lettre@cybersudoe.example", "CyberSudoe", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        m.setSubject("Lettre CyberSudoe n°7 : les sauvegardes", "UTF-8");
        m.setHeader("List-Unsubscribe", "<" + mailer.unsubscribeUrl(7, contactId, "tok+" + contactId)
                + ">, <mailto:unsubscribe@cybersudoe.example?subject=unsubscribe>");
        MimeMultipart alternative = new MimeMultipart("alternative");
        javax.mail.internet.MimeBodyPart text = new javax.mail.internet.MimeBodyPart();
        text.setText("Bonjour " + name + ",\r\n\r\nSauvegardez vos données.\r\n", "UTF-8");
        javax.mail.internet.MimeBodyPart html = new javax.mail.internet.MimeBodyPart();
        html.setText("<p>Bonjour " + name + ",</p>\r\n<p>Sauvegardez vos données.</p>\r\n", "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        m.setContent(alternative);
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return new MimeMessage(mailer.session(), new ByteArrayInputStream(out.toByteArray()));
    }

    private static void assertSameMessage(MimeMessage expected, MimeMessage actual) throws Exception {
        for (String header : List.of("From", "To", "Subject", "List-Unsubscribe", "MIME-Version")) {
            assertEquals(header, expected.getHeader(header, ","), actual.getHeader(header, ","));
        }
        assertEquals(expected.getSubject(), actual.getSubject());
        assertTrue(actual.getContentType(), actual.isMimeType("multipart/alternative"));
        List<String> expectedParts = parts(expected);
        assertEquals(expectedParts, parts(actual));
    }

    /** Each part's type and decoded text. */
    private static List<String> parts(MimeMessage m) throws MessagingException, IOException {
        MimeMultipart multipart = (MimeMultipart) m.getContent();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            out.add(part.getContentType().toLowerCase().replace(" ", "") + "\n" + ((String) part.getContent()).replace("\r\n", "\n"));
        }
        return out;
    }

    @Test
    public void eachRecipientGetsWhatJavaMailWritesForItAndNothingOfAnother() throws Exception {
        MimeMessage first = built("Anne", "anne@exemple.fr", 11);
        MimeMessage second = built("Bruno", "bruno.martin@ejemplo.es", 12);

        assertSameMessage(reference("Anne", "anne@exemple.fr", 11), first);
        assertSameMessage(reference("Bruno", "bruno.martin@ejemplo.es", 12), second);
        assertEquals("<campaign-7.11@cybersudoe.example>", first.getMessageID());
        assertEquals("<campaign-7.12@cybersudoe.example>", second.getMessageID());
        assertEquals("fr", first.getHeader("Content-Language", null));
        assertEquals("List-Unsubscribe=One-Click", second.getHeader("List-Unsubscribe-Post", null));
        String secondText = parts(second).toString() + second.getHeader("List-Unsubscribe", null) + second.getHeader("To", null);
        assertFalse(secondText, secondText.contains("Anne") || secondText.contains("anne@") || secondText.contains("r=11"));
        Date sent = first.getSentDate();
        assertTrue("sent " + sent, Math.abs(sent.getTime() - System.currentTimeMillis()) < 10_000);
    }

    @Test
    public void theBytesAreLinesEndedByCrLfOfAtMost998Characters() throws Exception {
        MimeMessage wire = mailer.build(content("Anne"), "anne@exemple.fr", mailer.messageId(7, 11), mailer.unsubscribeUrl(7, 11, "t"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeTo(out);
        String raw = out.toString(StandardCharsets.US_ASCII);
        assertFalse(raw, raw.contains("slot"));
        String[] lines = raw.split("\r\n", -1);
        for (String line : lines) {
            assertFalse("a bare line feed or carriage return in " + line, line.contains("\n") || line.contains("\r"));
            assertTrue(line, line.length() <= 998);
        }
        for (byte b : out.toByteArray()) {
            assertTrue("8-bit byte in the message", b >= 0);
        }
    }

    @Test
    public void anAddressBeyondAsciiIsWrittenByJavaMailItself() throws Exception {
        MimeMessage m = built("José", "josé@exemple.fr", 13);
        assertSameMessage(reference("José", "josé@exemple.fr", 13), m);
        assertEquals("<campaign-7.13@cybersudoe.example>", m.getMessageID());
    }

    @Test
    public void aSubjectThatHoldsAMarkerIsLaidOutByJavaMailForEachRecipient() throws Exception {
        EncodedMessage m = new EncodedMessage(Language.EN, "Why slot-date and slot-text-body matter",
                QuotedPrintable.encode("<p>Hello Anne,</p>\n"), QuotedPrintable.encode("Hello Anne,\n"));
        MimeMessage wire = mailer.build(m, "anne@example.org", mailer.messageId(7, 21), mailer.unsubscribeUrl(7, 21, "t"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wire.writeTo(out);
        MimeMessage read = new MimeMessage(mailer.session(), new ByteArrayInputStream(out.toByteArray()));
        assertEquals("Why slot-date and slot-text-body matter", read.getSubject());
        assertEquals("anne@example.org", read.getHeader("To", null));
        assertEquals("<campaign-7.21@cybersudoe.example>", read.getMessageID());
        assertTrue(parts(read).get(0), parts(read).get(0).endsWith("\nHello Anne,\n"));
    }

    @Test
    public void aLayoutWithAMarkerTwiceIsRefused() {
        byte[] twice = ("To: slot-to@slot.invalid\r\nDate: slot-date\r\nMessage-ID: <slot-message-id@slot.invalid>\r\n"
                + "List-Unsubscribe: <slot-unsubscribe-url>\r\n\r\nslot-text-body slot-html-body slot-text-body\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            MessageSkeleton.of(twice);
            throw new AssertionError("accepted");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("slot-text-body twice"));
        }
        byte[] once = new String(twice, StandardCharsets.US_ASCII).replaceFirst(" slot-text-body\r\n$", "\r\n").getBytes(StandardCharsets.US_ASCII);
        java.util.Map<MessageSkeleton.Slot, byte[]> values = new java.util.EnumMap<>(MessageSkeleton.Slot.class);
        for (MessageSkeleton.Slot slot : MessageSkeleton.Slot.values()) {
            values.put(slot, slot.name().getBytes(StandardCharsets.US_ASCII));
        }
        assertArrayEquals(("To: TO\r\nDate: DATE\r\nMessage-ID: MESSAGE_ID\r\nList-Unsubscribe: <UNSUBSCRIBE_URL>\r\n\r\nTEXT HTML\r\n")
                .getBytes(StandardCharsets.US_ASCII), MessageSkeleton.of(once).fill(values));
    }
}
