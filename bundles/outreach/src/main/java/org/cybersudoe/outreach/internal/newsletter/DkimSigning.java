package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;

import javax.mail.MessagingException;

import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.api.BodyHasher;
import org.apache.james.jdkim.api.Headers;
import org.apache.james.jdkim.exceptions.FailException;

/**
 * Signs messages already written out, with Apache James jDKIM: rsa-sha256, relaxed/relaxed, over
 * From, To, Subject, Date, Message-ID, the MIME headers, Content-Language and both
 * List-Unsubscribe headers. The body is hashed as it is streamed through jDKIM's canonicalizer and
 * the signature header is put in front of the bytes, so a message is neither copied nor parsed
 * into objects again to be signed. Thread-safe: each message gets its own hasher and signature.
 */
final class DkimSigning {

    static final List<String> SIGNED_HEADERS = List.of("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
            "Content-Type", "Content-Language", "List-Unsubscribe", "List-Unsubscribe-Post");

    private final String template;
    private final DKIMSigner signer;

    DkimSigning(String domain, String selector, PrivateKey key) {
        this.template = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain + "; s=" + selector + "; h="
                + String.join(":", SIGNED_HEADERS) + "; bh=; b=;";
        this.signer = new DKIMSigner(template, key);
    }

    /** {@code message} (headers, blank line, body; CRLF line ends) with its DKIM-Signature header first. */
    byte[] sign(byte[] message) throws MessagingException {
        int body = bodyStart(message);
        try {
            BodyHasher hasher = signer.newBodyHasher(signer.newSignatureRecordTemplate(template));
            try (OutputStream out = hasher.getOutputStream()) {
                out.write(message, body, message.length - body);
            }
            byte[] field = (signer.sign(new HeaderBlock(message, body), hasher) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] signed = new byte[field.length + message.length];
            System.arraycopy(field, 0, signed, 0, field.length);
            System.arraycopy(message, 0, signed, field.length, message.length);
            return signed;
        } catch (FailException | IOException e) {
            throw new MessagingException("cannot sign the message: " + e.getMessage(), e);
        }
    }

    /** Where the body starts: after the first empty line. */
    private static int bodyStart(byte[] m) throws MessagingException {
        for (int i = 0; i + 3 < m.length; i++) {
            if (m[i] == '\r' && m[i + 1] == '\n' && m[i + 2] == '\r' && m[i + 3] == '\n') {
                return i + 4;
            }
        }
        throw new MessagingException("the message has no body");
    }

    /** The header fields of a written message, each as written (with its folding), as jDKIM reads them. */
    private static final class HeaderBlock implements Headers {
        private final List<String> fields = new ArrayList<>();

        HeaderBlock(byte[] m, int bodyStart) {
            // ASCII only: JavaMail encodes every non-ASCII header value (RFC 2047)
            String block = new String(m, 0, bodyStart - 2, StandardCharsets.US_ASCII);
            int start = 0;
            for (int i = 0; i + 1 < block.length(); i++) {
                boolean lineEnd = block.charAt(i) == '\r' && block.charAt(i + 1) == '\n';
                boolean folded = lineEnd && i + 2 < block.length() && (block.charAt(i + 2) == ' ' || block.charAt(i + 2) == '\t');
                if (lineEnd && !folded) {
                    fields.add(block.substring(start, i));
                    start = i + 2;
                }
            }
        }

        @Override
        public List<String> getFields() {
            return fields;
        }

        @Override
        public List<String> getFields(String name) {
            String prefix = name + ":";
            List<String> named = new ArrayList<>(1);
            for (String f : fields) {
                if (f.regionMatches(true, 0, prefix, 0, prefix.length())) {
                    named.add(f);
                }
            }
            return named;
        }
    }
}
