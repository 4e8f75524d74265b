package org.cybersudoe.outreach;

import org.cybersudoe.core.security.Caller;

/**
 * Takes delivery reports (RFC 3464) of messages the platform sent. Only a report that parses as
 * a delivery status notification, says a recipient failed for good (5.x.x), and names a
 * message of one of our campaigns to that very address marks the address as bounced; anything
 * else (an out-of-office reply, a delay, a report on somebody else's message) changes nothing.
 * The lead partner's admins (and the platform's own mailbox reader) report bounces.
 */
public interface BounceService {

    /** @param message the report as received, the whole MIME message */
    BounceOutcome report(Caller caller, byte[] message);
}
