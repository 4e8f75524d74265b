package org.cybersudoe.outreach;

import java.time.Instant;

/**
 * What stays of an address that unsubscribed or was erased: never the address itself (only its
 * hash), but its consent and the unsubscribe, so that it is not added or mailed again unknowingly.
 *
 * @param reason {@code unsubscribed} or {@code erased}
 * @param partner the partner whose contact it was
 * @param consent how it had been collected, or null
 * @param unsubscribedAt when it unsubscribed, or null
 * @param erasedAt when the contact was erased, or null
 */
public record Suppression(String reason, String partner, Consent consent, Instant unsubscribedAt, Instant erasedAt) {
}
