package org.cybersudoe.engagement.internal.mail;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Component;

/**
 * Lets the services wake the sender as soon as they commit mail, instead of waiting for its next
 * poll; a separate component so that services and sender need not reference each other.
 */
@Component(service = OutboxWakeup.class)
public class OutboxWakeup {

    private final Semaphore signal = new Semaphore(0);

    /** Called after a commit that owes mail. */
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Waits until woken or the time is up; true when woken. */
    public boolean await(long millis) throws InterruptedException {
        boolean woken = signal.tryAcquire(millis, TimeUnit.MILLISECONDS);
        signal.drainPermits();
        return woken;
    }
}
