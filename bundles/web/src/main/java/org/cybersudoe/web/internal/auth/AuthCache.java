package org.cybersudoe.web.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.cybersudoe.core.digest.Sha256;

/**
 * Remembers successful logins for a short time so that each request does not redo the JAAS
 * login (a bcrypt check costs tens of milliseconds). Keyed by a salted SHA-256 of user and
 * password, so no password is kept; bounded, the least recently used entry goes first.
 * Failed logins are never remembered. Concurrent logins with the same credentials share one
 * check. Thread-safe.
 */
public final class AuthCache implements Authenticator {

    private record Entry(AuthenticatedUser user, long expiresAtNanos) {
    }

    private final Authenticator delegate;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final byte[] salt = new byte[16];
    private final Map<String, Entry> entries;
    private final Map<String, CompletableFuture<Optional<AuthenticatedUser>>> inFlight = new ConcurrentHashMap<>();
    private volatile long ttlNanos;

    /**
     * @param delegate the real login
     * @param ttl how long a login is remembered; zero disables the cache
     * @param maxEntries the most logins remembered at once
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public AuthCache(Authenticator delegate, Duration ttl, int maxEntries, LongSupplier nanoClock) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
        this.ttlNanos = ttl.toNanos();
        new SecureRandom().nextBytes(salt);
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > AuthCache.this.maxEntries;
            }
        };
    }

    /** Changes how long logins are remembered; forgets every login remembered so far. */
    public void setTtl(Duration ttl) {
        ttlNanos = ttl.toNanos();
        synchronized (entries) {
            entries.clear();
        }
    }

    /** Forgets every remembered login of {@code login}: its password or roles just changed. */
    public void forget(String login) {
        synchronized (entries) {
            entries.values().removeIf(entry -> entry.user().caller().login().equals(login));
        }
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String user, String password) {
        long ttl = ttlNanos;
        if (ttl <= 0) {
            return delegate.authenticate(user, password);
        }
        String key = key(user, password);
        long now = nanoClock.getAsLong();
        synchronized (entries) {
            Entry entry = entries.get(key);
            if (entry != null) {
                if (now - entry.expiresAtNanos() < 0) {
                    return Optional.of(entry.user());
                }
                entries.remove(key);
            }
        }
        // one login per key at a time: when a remembered login expires under load, the clients holding
        // it wait for a single bcrypt check instead of each starting its own
        CompletableFuture<Optional<AuthenticatedUser>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<AuthenticatedUser>> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Optional<AuthenticatedUser> result = delegate.authenticate(user, password);
            result.ifPresent(u -> {
                synchronized (entries) {
                    entries.put(key, new Entry(u, nanoClock.getAsLong() + ttl));
                }
            });
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** How many logins are remembered now, expired ones included until next looked up. */
    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private String key(String user, String password) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(salt);
        digest.update(user.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(password.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(digest.digest());
    }
}
