package org.cybersudoe.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

public class DebouncerTest {

    @Test
    public void aBurstOfTriggersRunsTheActionOnceAfterTheQuietDelay() throws InterruptedException {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicInteger runs = new AtomicInteger();
            Debouncer debouncer = new Debouncer(executor, runs::incrementAndGet, 100);
            for (int i = 0; i < 20; i++) {
                debouncer.trigger();
                Thread.sleep(5);
            }
            assertEquals("nothing runs during the burst", 0, runs.get());
            assertTrue("health must see the pending rebuild", debouncer.isPending());
            Thread.sleep(400);
            assertEquals(1, runs.get());
            assertFalse(debouncer.isPending());
            debouncer.trigger();
            Thread.sleep(400);
            assertEquals(2, runs.get());
        } finally {
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
