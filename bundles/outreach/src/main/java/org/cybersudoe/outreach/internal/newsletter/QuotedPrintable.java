package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.internet.MimeUtility;

/**
 * Quoted-printable bodies (RFC 2045) with JavaMail's encoder, in UTF-8, and bodies put together
 * from pieces encoded apart. Each piece starts a line and ends with a soft line break ("=" at the
 * end of the line), which decoders remove: the decoded body is the pieces' text end to end. A
 * layout's fixed text is so encoded once for all its recipients, and per recipient only the few
 * values that differ.
 */
final class QuotedPrintable {

    private static final byte[] SOFT_BREAK = {'=', '\r', '\n'};

    private QuotedPrintable() {
    }

    static byte[] encode(String text) {
        ByteSink encoded = new ByteSink(text.length() + text.length() / 8 + 64);
        try (OutputStream qp = MimeUtility.encode(encoded, "quoted-printable")) {
            qp.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | MessagingException e) {
            // a byte array in memory does not fail, and JavaMail knows its own encoding
            throw new IllegalStateException("cannot encode as quoted-printable", e);
        }
        return encoded.toByteArray();
    }

    /** The pieces, each encoded apart ({@link #encode}), as one body. */
    static byte[] join(List<byte[]> pieces) {
        int size = 0;
        for (byte[] p : pieces) {
            size += p.length + SOFT_BREAK.length;
        }
        ByteSink body = new ByteSink(size);
        boolean lineOpen = false;
        for (byte[] p : pieces) {
            if (p.length == 0) {
                continue;
            }
            if (lineOpen) {
                body.write(SOFT_BREAK, 0, SOFT_BREAK.length);
            }
            body.write(p, 0, p.length);
            lineOpen = !(p.length >= 2 && p[p.length - 2] == '\r' && p[p.length - 1] == '\n');
        }
        return body.toByteArray();
    }
}
