package org.cybersudoe.web.internal;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once after a burst of triggers has been quiet for a delay, on the given
 * single-threaded executor: at boot, N resources arriving give one server build, not N.
 */
public final class Debouncer {

    private final ScheduledExecutorService executor;
    private final Runnable action;
    private final long delayMillis;
    private ScheduledFuture<?> pending;

    public Debouncer(ScheduledExecutorService executor, Runnable action, long delayMillis) {
        this.executor = executor;
        this.action = action;
        this.delayMillis = delayMillis;
    }

    /** True from a trigger until the action it asked for has run. */
    public synchronized boolean isPending() {
        return pending != null && !pending.isDone();
    }

    /** Asks for the action; postpones a pending one, so that a burst gives one run. */
    public synchronized void trigger() {
        if (pending != null) {
            pending.cancel(false);
        }
        try {
            pending = executor.schedule(action, delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            pending = null;
        }
    }
}
