package org.cybersudoe.web.internal;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

public class WebSettingsTest {

    @Test
    public void aCommaSeparatedCfgValueGivesSeveralAreas() {
        WebSettings settings = new WebSettings(Arrays.asList("network, toolbox", " portal ", "", null, "network"),
                1_048_576, 64, Duration.ofSeconds(60));
        assertEquals(List.of("network", "toolbox", "portal"), settings.expectedAreas());
    }

    @Test
    public void valuesOutOfRangeAreBroughtBackToSaneBounds() {
        WebSettings settings = new WebSettings(null, 10, 100_000, Duration.ofSeconds(-5));
        assertEquals(List.of(), settings.expectedAreas());
        assertEquals(1024, settings.maxBodyBytes());
        assertEquals(1000, settings.maxJsonDepth());
        assertEquals(Duration.ZERO, settings.authCache());
        assertEquals(Duration.ofHours(24), settings.idempotencyKeyLifetime());
        assertEquals("0 hours in the cfg file keeps keys an hour", Duration.ofHours(1),
                new WebSettings(null, 10, 64, Duration.ZERO, 0, Duration.ZERO).idempotencyKeyLifetime());
        assertEquals(Duration.ofDays(30), new WebSettings(null, 10, 64, Duration.ZERO, 0, Duration.ofDays(365)).idempotencyKeyLifetime());
    }
}
