package org.cybersudoe.outreach.internal.newsletter;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing byte array to write a message into, for one thread. JavaMail's encoders write one
 * byte at a time, and each write to a ByteArrayOutputStream takes its lock: per message, that
 * was thousands of lock operations on the threads that build messages.
 */
final class ByteSink extends OutputStream {

    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        if (size + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + len));
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
