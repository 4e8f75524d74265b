package org.cybersudoe.web.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.cybersudoe.web.internal.problem.PayloadTooLargeException;

/** Lets at most {@code limit} bytes through, then fails with {@link PayloadTooLargeException}. */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(long n) throws PayloadTooLargeException {
        count += n;
        if (count > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }
}
