package org.cybersudoe.core.idempotency;

import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable memory of the requests sent with an idempotency key and of their answers. Every call
 * is its own committed transaction, and the store is shared by every node of the platform that
 * uses the same database. Thread-safe.
 */
@ProviderType
public interface IdempotencyStore {

    /**
     * Takes {@code key} for a request whose content hashes to {@code fingerprint}, or says what
     * took it before. A key whose claim began before {@code expiredBefore} counts as free.
     */
    Claim claim(RequestKey key, String fingerprint, Instant now, Instant expiredBefore);

    /** Keeps the answer of a request whose claim was {@link Claim.Granted granted}. */
    void complete(RequestKey key, StoredAnswer answer);

    /** Forgets a granted claim that has no answer worth keeping: the request may be sent again and run. */
    void release(RequestKey key);

    /** Forgets every key claimed before {@code expiredBefore}; returns how many. */
    int purge(Instant expiredBefore);
}
