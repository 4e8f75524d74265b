package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class BootGateTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final BootGate gate = new BootGate(TimeUnit.SECONDS.toNanos(30), now::get);
    private final List<String> expected = List.of("network", "toolbox", "benchmark");

    @Test
    public void buildsWaitUntilEveryExpectedAreaHasArrivedThenNeverAgain() {
        assertTrue("one area of three: the build waits", gate.holdsBack(expected, List.of("network")));
        assertTrue(gate.holdsBack(expected, List.of("network", "toolbox")));
        assertFalse("the last area arrives: build", gate.holdsBack(expected, List.of("toolbox", "benchmark", "network")));
        assertTrue(gate.isOpen());
        assertFalse("an area leaving after boot is built at once, not held back",
                gate.holdsBack(expected, List.of("network")));
    }

    @Test
    public void anAreaThatNeverComesHoldsTheOthersBackOnlyUntilTheDeadline() {
        assertTrue(gate.holdsBack(expected, List.of("network", "toolbox")));
        now.addAndGet(TimeUnit.SECONDS.toNanos(29));
        assertTrue(gate.holdsBack(expected, List.of("network", "toolbox")));
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertFalse("deadline passed: the areas that came are served", gate.holdsBack(expected, List.of("network", "toolbox")));
        assertTrue(gate.isOpen());
        assertFalse(gate.holdsBack(expected, List.of()));
    }

    @Test
    public void areasBeyondTheExpectedOnesDoNotMatter() {
        assertFalse(gate.holdsBack(List.of("network"), List.of("network", "regional-extension")));
    }
}
