package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import javax.activation.DataHandler;
import javax.mail.Address;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MailDateFormat;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.PreencodedMimeBodyPart;
import javax.mail.util.ByteArrayDataSource;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.RenderedMessage;


/**
 * Turns rendered newsletters into MIME messages as mailbox providers expect them from bulk
 * senders: multipart/alternative (plain text, then HTML) in UTF-8, a Message-ID stable per
 * campaign and recipient (so a message sent again after a crash is recognisably the same), the
 * List-Unsubscribe header with RFC 8058 one-click, and a DKIM signature (relaxed/relaxed,
 * rsa-sha256) that covers From, Subject and both List-Unsubscribe headers. Thread-safe: it keeps
 * the layouts it wrote ({@link MessageSkeleton}) and nothing else changes.
 */
public final class Mailer {

    private static final int MAX_SKELETONS = 64;

    private final MailConfig config;
    private final Session session;
    private final InternetAddress from;
    private final DkimSigning signer;
    private final String domain;
    private final Map<SkeletonKey, Optional<MessageSkeleton>> skeletons = new ConcurrentHashMap<>();
    private final AtomicReference<StampedDate> lastDate = new AtomicReference<>(new StampedDate(Long.MIN_VALUE, new byte[0]));

    public Mailer(MailConfig config) {
        this.config = config;
        Properties props = new Properties();
        props.put("mail.smtp.host", config.host());
        props.put("mail.smtp.port", String.valueOf(config.port()));
        props.put("mail.smtp.connectiontimeout", "15000");
        props.put("mail.smtp.timeout", "60000");
        props.put("mail.smtp.writetimeout", "60000");
        props.put("mail.smtp.quitwait", "false");
        props.put("mail.smtp.starttls.enable", String.valueOf(config.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(config.startTls()));
        props.put("mail.smtp.auth", String.valueOf(!config.username().isBlank()));
        props.put("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(props);
        try {
            this.from = new InternetAddress(config.fromAddress(), config.fromName(), "UTF-8");
            from.validate();
        } catch (IOException | MessagingException e) {
            throw new ValidationException("fromAddress", "invalid-value", "is not an e-mail address: " + config.fromAddress());
        }
        this.domain = config.fromAddress().substring(config.fromAddress().indexOf('@') + 1);
        if (config.dkimSelector().isBlank() || config.dkimKeyFile().isBlank()) {
            this.signer = null;
        } else {
            this.signer = new DkimSigning(domain, config.dkimSelector(), key(Path.of(config.dkimKeyFile())));
            try {
                // a key that cannot sign is a configuration error, said now rather than at the first message
                signer.sign("From: check@example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (MessagingException e) {
                throw new ValidationException("dkimKeyFile", "invalid-value", "cannot sign with this key: " + e.getMessage());
            }
        }
    }

    public Session session() {
        return session;
    }

    public MailConfig config() {
        return config;
    }

    public boolean signs() {
        return signer != null;
    }

    /** The Message-ID of a campaign's message to one contact: the same every time it is built. */
    public String messageId(long campaignId, long contactId) {
        return "<campaign-" + campaignId + "." + contactId + "@" + domain + ">";
    }

    /** The link that unsubscribes the recipient at once. */
    public String unsubscribeUrl(long campaignId, long contactId, String token) {
        String base = config.publicBaseUrl().endsWith("/") ? config.publicBaseUrl().substring(0, config.publicBaseUrl().length() - 1)
                : config.publicBaseUrl();
        return base + "/api/v1/outreach/unsubscribe?c=" + campaignId + "&r=" + contactId + "&t="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The message, signed when a DKIM key is configured. */
    public MimeMessage build(RenderedMessage m, String to, String messageId, String unsubscribeUrl) throws MessagingException {
        return build(new EncodedMessage(m.language(), m.subject(), QuotedPrintable.encode(m.html()), QuotedPrintable.encode(m.text())), to,
                messageId, unsubscribeUrl);
    }

    /** The message, its bodies encoded already, signed when a DKIM key is configured. */
    MimeMessage build(EncodedMessage m, String to, String messageId, String unsubscribeUrl) throws MessagingException {
        InternetAddress recipient = new InternetAddress(to);
        // as JavaMail writes it after "To: " (it counts those 4 characters when it folds the line)
        String toHeader = InternetAddress.toString(new Address[] {recipient}, 4);
        byte[] date = dateHeader();
        Optional<MessageSkeleton> skeleton = isAscii(toHeader) && isAscii(messageId) && isAscii(unsubscribeUrl)
                ? skeleton(m.language(), m.subject()) : Optional.empty();
        byte[] bytes;
        if (skeleton.isPresent()) {
            Map<MessageSkeleton.Slot, byte[]> values = new EnumMap<>(MessageSkeleton.Slot.class);
            values.put(MessageSkeleton.Slot.TO, toHeader.getBytes(StandardCharsets.US_ASCII));
            values.put(MessageSkeleton.Slot.DATE, date);
            values.put(MessageSkeleton.Slot.MESSAGE_ID, messageId.getBytes(StandardCharsets.US_ASCII));
            values.put(MessageSkeleton.Slot.UNSUBSCRIBE_URL, unsubscribeUrl.getBytes(StandardCharsets.US_ASCII));
            values.put(MessageSkeleton.Slot.TEXT, m.text());
            values.put(MessageSkeleton.Slot.HTML, m.html());
            bytes = skeleton.get().fill(values);
        } else {
            // an address or link beyond ASCII, or a subject holding a marker: JavaMail writes the whole message
            bytes = layOut(m.language(), m.subject(), recipient, messageId, new String(date, StandardCharsets.US_ASCII), unsubscribeUrl,
                    m.text(), m.html());
        }
        return new WireMessage(session, from, signer == null ? bytes : signer.sign(bytes));
    }

    /**
     * The layout of the messages in {@code language} with {@code subject}, written the first time
     * it is asked for; none when the subject itself holds one of the markers.
     */
    private Optional<MessageSkeleton> skeleton(Language language, String subject) throws MessagingException {
        SkeletonKey key = new SkeletonKey(language, subject);
        Optional<MessageSkeleton> known = skeletons.get(key);
        if (known != null) {
            return known;
        }
        if (skeletons.size() >= MAX_SKELETONS) {
            // test sends add a subject each; a campaign needs one per language
            skeletons.clear();
        }
        byte[] withMarkers = layOut(language, subject, new InternetAddress(MessageSkeleton.Slot.TO.marker),
                MessageSkeleton.Slot.MESSAGE_ID.marker, MessageSkeleton.Slot.DATE.marker, MessageSkeleton.Slot.UNSUBSCRIBE_URL.marker,
                MessageSkeleton.Slot.TEXT.marker.getBytes(StandardCharsets.US_ASCII),
                MessageSkeleton.Slot.HTML.marker.getBytes(StandardCharsets.US_ASCII));
        Optional<MessageSkeleton> written;
        try {
            written = Optional.of(MessageSkeleton.of(withMarkers));
        } catch (IllegalStateException markerInTheSubject) {
            written = Optional.empty();
        }
        skeletons.putIfAbsent(key, written);
        return written;
    }

    /** The message as JavaMail lays it out, unsigned. */
    private byte[] layOut(Language language, String subject, InternetAddress to, String messageId, String date, String unsubscribeUrl,
            byte[] text, byte[] html) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // ours, stable per campaign and recipient; JavaMail's would look up the local host name
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setHeader("Date", date);
        message.setHeader("Content-Language", language.code());
        List<String> unsubscribe = new ArrayList<>();
        unsubscribe.add("<" + unsubscribeUrl + ">");
        if (!config.unsubscribeMailto().isBlank()) {
            unsubscribe.add("<mailto:" + config.unsubscribeMailto() + "?subject=unsubscribe>");
        }
        message.setHeader("List-Unsubscribe", String.join(", ", unsubscribe));
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(encodedPart(text, "text/plain; charset=UTF-8"));
        alternative.addBodyPart(encodedPart(html, "text/html; charset=UTF-8"));
        message.setContent(alternative);
        message.saveChanges();
        return bytes(message);
    }

    /**
     * The Date header's value for a message built now, formatted once a second: JavaMail formats
     * the date of each message under a lock that every thread building messages shares.
     */
    private byte[] dateHeader() {
        long second = System.currentTimeMillis() / 1000;
        StampedDate last = lastDate.get();
        if (last.second() != second) {
            last = new StampedDate(second, new MailDateFormat().format(new Date(second * 1000)).getBytes(StandardCharsets.US_ASCII));
            lastDate.set(last);
        }
        return last.text();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private record SkeletonKey(Language language, String subject) {
    }

    private record StampedDate(long second, byte[] text) {
    }

    /**
     * The message as it goes on the wire. Written here, by whichever thread builds the message
     * ahead of its turn, the layout and the RSA signature stay off the sending threads.
     */
    private static byte[] bytes(MimeMessage message) throws MessagingException {
        ByteSink bytes = new ByteSink(8192);
        try {
            message.writeTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new MessagingException("cannot write the message", e);
        }
    }

    /**
     * A message already written out, sent as these bytes: read again into a MimeMessage, a signed
     * message cost a parse and a second layout per recipient. It carries the From header only,
     * which JavaMail reads for the envelope sender.
     */
    static final class WireMessage extends MimeMessage {
        private final byte[] bytes;

        WireMessage(Session session, InternetAddress from, byte[] bytes) throws MessagingException {
            super(session);
            setFrom(from);
            this.bytes = bytes;
        }

        @Override
        public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException {
            // the headers JavaMail leaves out when it sends (Bcc, Content-Length) are never set here
            out.write(bytes);
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(bytes);
        }
    }

    /**
     * A body part from its quoted-printable bytes. Left to JavaMail, the encoding happens while
     * the message is written, byte by byte through the SMTP transport's chain of streams, which
     * was a fifth of a sending thread's time.
     */
    private static MimeBodyPart encodedPart(byte[] quotedPrintable, String type) throws MessagingException {
        MimeBodyPart part = new PreencodedMimeBodyPart("quoted-printable");
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(quotedPrintable, type)));
        part.setHeader("Content-Type", type);
        return part;
    }

    /** Work that builds or sends mail. */
    public interface MailWork<T> {
        T run() throws MessagingException;
    }

    /**
     * Runs {@code work} with the mail bundle's class loader as the thread's context class loader:
     * JavaMail and its activation framework find their MIME handlers through it, which inside
     * OSGi must be the mail bundle's own.
     */
    public static <T> T withMailClassLoader(MailWork<T> work) throws MessagingException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Session.class.getClassLoader());
        try {
            return work.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static RSAPrivateKey key(Path keyFile) {
        try {
            String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
            if (pem.contains("BEGIN RSA PRIVATE KEY")) {
                throw new ValidationException("dkimKeyFile", "invalid-value",
                        "holds a PKCS#1 key; convert it to PKCS#8: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pkcs8.pem");
            }
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("the DKIM key file " + keyFile + " cannot be read", e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new ValidationException("dkimKeyFile", "invalid-value", "is not a PEM PKCS#8 RSA private key: " + e.getMessage());
        }
    }
}
