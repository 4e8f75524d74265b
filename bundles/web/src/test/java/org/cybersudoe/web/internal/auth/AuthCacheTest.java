package org.cybersudoe.web.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.cybersudoe.core.security.Caller;
import org.junit.Test;

public class AuthCacheTest {

    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong(1_000);

    /** The realm: every user's password is "pw-" + user. */
    private final Authenticator realm = (user, password) -> {
        logins.incrementAndGet();
        return password.equals("pw-" + user)
                ? Optional.of(new AuthenticatedUser(Caller.fromRoleNames(user, Set.of("partner-staff")), Set.of("partner-staff")))
                : Optional.empty();
    };

    private AuthCache cache(Duration ttl, int max) {
        return new AuthCache(realm, ttl, max, clock::get);
    }

    @Test
    public void aSecondRequestWithinTheTtlDoesNotLogInAgain() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        assertEquals("ana", cache.authenticate("ana", "pw-ana").orElseThrow().caller().login());
        clock.addAndGet(Duration.ofSeconds(59).toNanos());
        assertTrue(cache.authenticate("ana", "pw-ana").isPresent());
        assertEquals(1, logins.get());
    }

    @Test
    public void aForgottenAccountLogsInAgainWhileOthersStayRemembered() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.authenticate("ana", "pw-ana");
        cache.authenticate("luis", "pw-luis");
        cache.forget("ana");
        cache.authenticate("ana", "pw-ana");
        cache.authenticate("luis", "pw-luis");
        assertEquals("ana logged in again, luis did not", 3, logins.get());
    }

    @Test
    public void afterTheTtlTheLoginIsRedone() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.authenticate("ana", "pw-ana");
        clock.addAndGet(Duration.ofSeconds(61).toNanos());
        assertTrue(cache.authenticate("ana", "pw-ana").isPresent());
        assertEquals(2, logins.get());
    }

    @Test
    public void aWrongPasswordIsNeverAnsweredFromTheCache() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.authenticate("ana", "pw-ana");
        assertFalse(cache.authenticate("ana", "guess").isPresent());
        assertFalse(cache.authenticate("ana", "guess").isPresent());
        assertEquals(3, logins.get());
    }

    @Test
    public void failedLoginsAreNotRemembered() {
        AuthCache cache = cache(Duration.ofSeconds(60), 10);
        cache.authenticate("ana", "nope");
        assertEquals(0, cache.size());
    }

    @Test
    public void theCacheIsBounded() {
        AuthCache cache = cache(Duration.ofSeconds(60), 3);
        for (String user : new String[] {"a", "b", "c", "d", "e"}) {
            cache.authenticate(user, "pw-" + user);
        }
        assertEquals(3, cache.size());
        cache.authenticate("a", "pw-a");
        assertEquals("the oldest entry went first", 6, logins.get());
    }

    @Test
    public void aZeroTtlDisablesTheCacheAndChangingTheTtlForgets() {
        AuthCache cache = cache(Duration.ZERO, 10);
        cache.authenticate("ana", "pw-ana");
        cache.authenticate("ana", "pw-ana");
        assertEquals(2, logins.get());
        cache.setTtl(Duration.ofSeconds(30));
        cache.authenticate("ana", "pw-ana");
        cache.authenticate("ana", "pw-ana");
        assertEquals(3, logins.get());
        cache.setTtl(Duration.ofSeconds(30));
        cache.authenticate("ana", "pw-ana");
        assertEquals(4, logins.get());
    }
}
