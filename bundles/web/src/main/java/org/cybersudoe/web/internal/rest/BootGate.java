package org.cybersudoe.web.internal.rest;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Decides, at boot, whether a REST server build can wait. Areas arrive one after another and each
 * brings several resources; building the server (and scanning it for the OpenAPI document) for
 * every intermediate set costs seconds of CPU while health says 503 anyway. So once the first
 * server (health only) answers, builds wait until every expected area has reported for the first
 * time, or until a deadline so that an area that never comes does not keep the others' API away.
 * After that first complete set, every change is built as it comes.
 */
final class BootGate {

    private final long deadlineNanos;
    private final LongSupplier clock;
    private volatile boolean opened;

    /**
     * @param maxWaitNanos how long after creation builds may be held back at most
     * @param clock a nanosecond clock ({@code System::nanoTime})
     */
    BootGate(long maxWaitNanos, LongSupplier clock) {
        this.clock = clock;
        this.deadlineNanos = clock.getAsLong() + maxWaitNanos;
    }

    /**
     * True when a build may be held back now: the boot's first complete set of areas has not
     * been seen yet and the deadline has not passed. Opens for good at the first false.
     */
    boolean holdsBack(List<String> expectedAreas, Collection<String> presentAreas) {
        if (opened) {
            return false;
        }
        Set<String> missing = new HashSet<>(expectedAreas);
        missing.removeAll(presentAreas);
        if (missing.isEmpty() || clock.getAsLong() - deadlineNanos >= 0) {
            opened = true;
            return false;
        }
        return true;
    }

    boolean isOpen() {
        return opened;
    }

    /** Nanoseconds until the deadline, zero when passed. */
    long remainingNanos() {
        return Math.max(0, deadlineNanos - clock.getAsLong());
    }
}
