package org.cybersudoe.outreach.internal.newsletter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.ContentType;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

/**
 * Reads RFC 3464 delivery status notifications: a multipart/report of report-type
 * delivery-status, whose message/delivery-status part holds a per-message block and one block
 * per recipient (Final-Recipient, Action, Status, Diagnostic-Code), and whose last part returns
 * the original message or its headers (where our Message-ID is).
 */
final class DeliveryReports {

    /** One failed or delayed recipient of a report, and the message it reports on. */
    record Report(String recipient, String action, String status, String diagnostic, String originalMessageId) {
    }

    private static final Pattern ADDRESS_TYPE = Pattern.compile("^\\s*[^;]+;\\s*(.+?)\\s*$");

    private DeliveryReports() {
    }

    /** The report's recipients; empty when the message is not a delivery status notification. */
    static Optional<List<Report>> parse(Session session, byte[] raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        ContentType type = new ContentType(message.getContentType());
        if (!type.match("multipart/report") || !"delivery-status".equalsIgnoreCase(type.getParameter("report-type"))) {
            return Optional.empty();
        }
        MimeMultipart parts = new MimeMultipart(message.getDataHandler().getDataSource());
        byte[] status = null;
        String originalId = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                status = bytes(part.getInputStream());
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                InternetHeaders original = new InternetHeaders(part.getInputStream());
                originalId = original.getHeader("Message-ID", null);
            }
        }
        if (status == null) {
            return Optional.empty();
        }
        List<Report> reports = new ArrayList<>();
        List<String> blocks = blocks(new String(status, StandardCharsets.US_ASCII));
        // the first block is about the message; the others are one per recipient
        for (int i = 1; i < blocks.size(); i++) {
            InternetHeaders fields = new InternetHeaders(new ByteArrayInputStream((blocks.get(i) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            String recipient = address(fields.getHeader("Final-Recipient", null));
            String action = fields.getHeader("Action", null);
            if (recipient == null || action == null) {
                continue;
            }
            reports.add(new Report(recipient, action.strip().toLowerCase(Locale.ROOT), strip(fields.getHeader("Status", null)),
                    strip(fields.getHeader("Diagnostic-Code", null)), originalId == null ? null : originalId.strip()));
        }
        return Optional.of(reports);
    }

    private static List<String> blocks(String text) {
        List<String> blocks = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                blocks.add(block.strip().replace("\n", "\r\n"));
            }
        }
        return blocks;
    }

    /** {@code rfc822; someone@example.org} gives {@code someone@example.org}. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        Matcher m = ADDRESS_TYPE.matcher(field);
        return (m.matches() ? m.group(1) : field).strip();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static byte[] bytes(InputStream in) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
