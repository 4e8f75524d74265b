package org.cybersudoe.web.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    public void clientsArrivingWhileTheSameLoginIsCheckedWaitForThatOneCheck() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Authenticator slowRealm = (user, password) -> {
            realm.authenticate(user, password);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new AuthenticatedUser(Caller.fromRoleNames(user, Set.of("evaluator")), Set.of("evaluator")));
        };
        AuthCache cache = new AuthCache(slowRealm, Duration.ofSeconds(60), 10, clock::get);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<AuthenticatedUser>>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> cache.authenticate("ana", "pw-ana")));
            }
            while (logins.get() == 0) {
                Thread.sleep(5);
            }
            // the other seven arrive while the first check runs: none of them starts a check of its own
            Thread.sleep(200);
            release.countDown();
            for (Future<Optional<AuthenticatedUser>> answer : answers) {
                assertTrue(answer.get(10, TimeUnit.SECONDS).isPresent());
            }
            assertEquals(1, logins.get());
        } finally {
            clients.shutdownNow();
        }
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
