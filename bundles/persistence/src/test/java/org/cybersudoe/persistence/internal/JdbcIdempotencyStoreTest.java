package org.cybersudoe.persistence.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.cybersudoe.core.idempotency.Claim;
import org.cybersudoe.core.idempotency.RequestKey;
import org.cybersudoe.core.idempotency.StoredAnswer;
import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.persistence.testing.ScratchPostgres;
import org.junit.Test;

/** The store on a real embedded Derby, and the same checks on a real PostgreSQL. */
public class JdbcIdempotencyStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:15:30.123456Z");
    private static final Instant LONG_AGO = T0.minus(Duration.ofDays(1));
    private static final RequestKey KEY = new RequestKey("ana.lopez", "5f0c7a9e-1d2b-4c3d-9e8f-0a1b2c3d4e5f");
    private static final StoredAnswer CREATED = new StoredAnswer(201,
            Map.of("Content-Type", "application/json", "Location", "http://localhost:8181/api/v1/engagement/events/41"),
            "{\"id\":41,\"title\":\"Ciberseguridad para pymes\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    public void onDerby() throws Exception {
        checkEverything(DerbyUnits.dataSource("idempotency", true));
    }

    @Test
    public void onPostgres() throws Exception {
        try (ScratchPostgres server = ScratchPostgres.start()) {
            checkEverything(server.emptyDatabase());
        }
    }

    private void checkEverything(DataSource ds) throws Exception {
        JdbcIdempotencyStore store = new JdbcIdempotencyStore(ds,
                () -> new FlywaySchemaMigrator().migrate(JdbcIdempotencyStore.AREA, ds, JdbcIdempotencyStore.class));
        aRetryOfAnAnsweredRequestGetsTheSameAnswer(store);
        aKeyReusedForAnotherRequestIsRefusedAndKeepsItsAnswer(store);
        aRequestStillRunningIsPendingAndAReleasedOneRunsAgain(store);
        keysArePerCallerAndExpire(store);
        concurrentClaimsOfOneKeyGrantItOnce(store);
        // what was stored is there for a second store on the same database, as after a restart
        JdbcIdempotencyStore afterRestart = new JdbcIdempotencyStore(ds, () -> { });
        assertEquals(new Claim.Replay(CREATED), afterRestart.claim(KEY, "fp-create", T0.plusSeconds(60), LONG_AGO));
    }

    private void aRetryOfAnAnsweredRequestGetsTheSameAnswer(JdbcIdempotencyStore store) {
        assertEquals(new Claim.Granted(), store.claim(KEY, "fp-create", T0, LONG_AGO));
        store.complete(KEY, CREATED);
        Claim retry = store.claim(KEY, "fp-create", T0.plusSeconds(5), LONG_AGO);
        assertEquals(new Claim.Replay(CREATED), retry);
        StoredAnswer replayed = ((Claim.Replay) retry).answer();
        assertEquals("http://localhost:8181/api/v1/engagement/events/41", replayed.headers().get("Location"));
        assertArrayEquals(CREATED.body(), replayed.body());
    }

    private void aKeyReusedForAnotherRequestIsRefusedAndKeepsItsAnswer(JdbcIdempotencyStore store) {
        assertEquals(new Claim.OtherRequest(), store.claim(KEY, "fp-other-body", T0.plusSeconds(6), LONG_AGO));
        assertEquals(new Claim.Replay(CREATED), store.claim(KEY, "fp-create", T0.plusSeconds(7), LONG_AGO));
    }

    private void aRequestStillRunningIsPendingAndAReleasedOneRunsAgain(JdbcIdempotencyStore store) {
        RequestKey running = new RequestKey("ana.lopez", "mission-2026-017");
        assertEquals(new Claim.Granted(), store.claim(running, "fp-mission", T0, LONG_AGO));
        assertEquals(new Claim.Pending(T0), store.claim(running, "fp-mission", T0.plusSeconds(1), LONG_AGO));
        // an answer that is not kept (a 5xx): the key is free again
        store.release(running);
        assertEquals(new Claim.Granted(), store.claim(running, "fp-mission", T0.plusSeconds(2), LONG_AGO));
        StoredAnswer noBody = new StoredAnswer(204, Map.of(), null);
        store.complete(running, noBody);
        // release() leaves an answered key alone
        store.release(running);
        Claim replay = store.claim(running, "fp-mission", T0.plusSeconds(3), LONG_AGO);
        assertEquals(new Claim.Replay(noBody), replay);
        assertEquals(0, ((Claim.Replay) replay).answer().body().length);
    }

    private void keysArePerCallerAndExpire(JdbcIdempotencyStore store) {
        RequestKey sameKeyOtherCaller = new RequestKey("joao.silva", KEY.key());
        assertEquals(new Claim.Granted(), store.claim(sameKeyOtherCaller, "fp-other-caller", T0, LONG_AGO));
        store.complete(sameKeyOtherCaller, new StoredAnswer(200, Map.of(), "{}".getBytes(StandardCharsets.UTF_8)));

        RequestKey old = new RequestKey("ana.lopez", "old-key");
        assertEquals(new Claim.Granted(), store.claim(old, "fp-old", T0, LONG_AGO));
        store.complete(old, CREATED);
        // a day later the key is free again, for any request
        Instant dayLater = T0.plus(Duration.ofDays(1)).plusSeconds(1);
        assertEquals(new Claim.Granted(), store.claim(old, "fp-new", dayLater, dayLater.minus(Duration.ofDays(1))));
        assertEquals(new Claim.Pending(dayLater.truncatedTo(ChronoUnit.MICROS)),
                store.claim(old, "fp-new", dayLater.plusSeconds(1), dayLater.minus(Duration.ofDays(1))));
        // a purge at that point forgets every key of the first day, and only those
        int purged = store.purge(dayLater.minus(Duration.ofHours(1)));
        assertTrue("the first day's keys are purged: " + purged, purged >= 3);
        assertEquals(new Claim.Granted(), store.claim(KEY, "fp-anything", dayLater, LONG_AGO));
        assertEquals(new Claim.Pending(dayLater.truncatedTo(ChronoUnit.MICROS)),
                store.claim(old, "fp-new", dayLater.plusSeconds(2), LONG_AGO));
        store.release(KEY);
        store.claim(KEY, "fp-create", T0, LONG_AGO);
        store.complete(KEY, CREATED);
    }

    private void concurrentClaimsOfOneKeyGrantItOnce(JdbcIdempotencyStore store) throws Exception {
        RequestKey contested = new RequestKey("ana.lopez", "double-click");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(() -> store.claim(contested, "fp-click", T0, LONG_AGO));
            }
            int granted = 0;
            int pending = 0;
            for (Future<Claim> outcome : pool.invokeAll(claims)) {
                Claim claim = outcome.get();
                granted += claim instanceof Claim.Granted ? 1 : 0;
                pending += claim instanceof Claim.Pending ? 1 : 0;
            }
            assertEquals("one claim is granted", 1, granted);
            assertEquals("the others see it running", 7, pending);
        } finally {
            pool.shutdownNow();
        }
    }
}
