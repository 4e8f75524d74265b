package org.cybersudoe.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;

import org.apache.cxf.io.CachedOutputStream;

/**
 * What the REST and SOAP edges share about requests sent with an {@code Idempotency-Key}: the
 * header, how a key is read, how the request's body is hashed without being lost, and how an
 * answer is held until it is kept.
 */
public final class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** Marks an answer sent again to a retry. */
    public static final String REPLAYED = "Idempotent-Replayed";
    /** How long a client should wait before asking again about a request that has no answer yet. */
    public static final long RETRY_AFTER_SECONDS = 2;
    /** Answers larger than this are sent but not kept (what a creation or an action answers is far smaller). */
    public static final int MAX_KEPT_BYTES = 1 << 20;

    private IdempotentRequests() {
    }

    /** {@code "abc"} and {@code abc} are the same key: the header may be written as a structured-field string. */
    public static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * Reads {@code body} whole into {@code fingerprint} and a spool (a large upload goes to a
     * temporary file), and returns a stream that reads the same bytes again. The caller hands that
     * stream to whatever reads the request, and closes it once the request is answered: a
     * temporary file lives until then.
     */
    public static InputStream spool(InputStream body, MessageDigest fingerprint) throws IOException {
        CachedOutputStream spool = new CachedOutputStream();
        try (InputStream in = new DigestInputStream(body, fingerprint)) {
            in.transferTo(spool);
        }
        spool.flush();
        // opened before close(): a temporary file lives until this stream is closed
        InputStream again = spool.getInputStream();
        spool.close();
        return again;
    }

    /**
     * Holds what is written, up to {@link #MAX_KEPT_BYTES}, so that the answer can be kept before
     * the client sees any of it; past that it sends what it holds and then everything else
     * straight to the wire, and the answer is not kept.
     */
    public static class HeldAnswer extends OutputStream {
        private final OutputStream wire;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();

        public HeldAnswer(OutputStream wire) {
            this.wire = wire;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (held != null && held.size() + length > MAX_KEPT_BYTES) {
                held.writeTo(wire);
                held = null;
            }
            if (held != null) {
                held.write(bytes, offset, length);
            } else {
                wire.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            if (held == null) {
                wire.flush();
            }
        }

        /** True once the answer outgrew the limit and went to the wire as it was written. */
        public boolean passedThrough() {
            return held == null;
        }

        /** What is held; only while {@link #passedThrough()} is false. */
        public byte[] bytes() {
            return held.toByteArray();
        }

        /** Sends what is held to the wire. */
        public void release() throws IOException {
            held.writeTo(wire);
        }

        protected OutputStream wire() {
            return wire;
        }
    }
}
