package org.cybersudoe.outreach.internal.newsletter;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Messages per minute of each campaign, from the sent counts that progress queries read from
 * the ledger: the difference between this reading and the oldest one of the last minute. Before
 * there are two readings, the average since the campaign started. Keeps a minute of readings
 * per campaign, so any node answers with the ledger as its only source. Thread-safe.
 */
final class SendRate {

    private static final long WINDOW_NANOS = 60_000_000_000L;

    private final LongSupplier clock;
    private final Map<Long, Deque<long[]>> readings = new HashMap<>();

    SendRate(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /**
     * @param secondsSinceStart how long ago the campaign started, for the first reading's average
     * @return messages per minute, 0 when nothing was sent in the window
     */
    synchronized int perMinute(long campaignId, int sent, long secondsSinceStart) {
        long now = clock.getAsLong();
        Deque<long[]> window = readings.computeIfAbsent(campaignId, id -> new ArrayDeque<>());
        while (!window.isEmpty() && now - window.peekFirst()[0] > WINDOW_NANOS) {
            window.pollFirst();
        }
        window.addLast(new long[] {now, sent});
        long[] oldest = window.peekFirst();
        long elapsed = now - oldest[0];
        if (elapsed < 1_000_000_000L) {
            return secondsSinceStart <= 0 ? 0 : (int) Math.round(sent * 60.0 / secondsSinceStart);
        }
        return (int) Math.round((sent - oldest[1]) * 60e9 / elapsed);
    }

    /** Forgets a campaign that ended. */
    synchronized void forget(long campaignId) {
        readings.remove(campaignId);
    }
}
