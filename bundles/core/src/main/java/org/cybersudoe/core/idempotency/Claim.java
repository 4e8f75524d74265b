package org.cybersudoe.core.idempotency;

import java.time.Instant;

/** What {@link IdempotencyStore#claim} found for a key. */
public sealed interface Claim {

    /** The key was free: the request runs, and its answer is then completed or released. */
    record Granted() implements Claim {
    }

    /** The same request was answered before: send this answer again, and run nothing. */
    record Replay(StoredAnswer answer) implements Claim {
    }

    /** The key was used by the same caller for a different request (another path, method or body). */
    record OtherRequest() implements Claim {
    }

    /**
     * The same request began at {@code since} and has no answer yet: it is still running, or the
     * server stopped while it ran, in which case whether it took effect is not known.
     */
    record Pending(Instant since) implements Claim {
    }
}
