package org.cybersudoe.web.internal.problem;

import java.io.IOException;

/**
 * A request body went past the configured limit. An {@link IOException} on purpose: Jackson
 * passes plain I/O errors of its input through unwrapped, so the 413 survives parsing.
 */
public final class PayloadTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    /** The limit that was passed, in bytes. */
    public long limit() {
        return limit;
    }
}
