package org.cybersudoe.outreach.internal.newsletter;

import static org.junit.Assert.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class SendRateTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final SendRate rate = new SendRate(now::get);

    private void after(long seconds) {
        now.addAndGet(seconds * 1_000_000_000L);
    }

    @Test
    public void theFirstReadingGivesTheAverageSinceTheStart() {
        assertEquals(600, rate.perMinute(1, 1000, 100));
    }

    @Test
    public void laterReadingsGiveTheRateOfTheLastMinute() {
        rate.perMinute(1, 1000, 100);
        after(10);
        assertEquals(3000, rate.perMinute(1, 1500, 110));
        after(30);
        assertEquals(3000, rate.perMinute(1, 3000, 140));
        // a pause: nothing sent in the last minute
        after(70);
        rate.perMinute(1, 3000, 210);
        after(10);
        assertEquals(0, rate.perMinute(1, 3000, 220));
    }

    @Test
    public void campaignsAreMeasuredApart() {
        rate.perMinute(1, 0, 0);
        rate.perMinute(2, 0, 0);
        after(6);
        assertEquals(600, rate.perMinute(1, 60, 6));
        assertEquals(6000, rate.perMinute(2, 600, 6));
    }
}
