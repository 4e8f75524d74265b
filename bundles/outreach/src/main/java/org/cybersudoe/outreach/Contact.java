package org.cybersudoe.outreach;

import java.time.Instant;

import org.cybersudoe.core.i18n.Language;

/**
 * A contact at a company. Immutable.
 *
 * @param id its id
 * @param companyId the company it works for
 * @param partner the partner that owns the company
 * @param name the person's name, or null
 * @param email the address as given (trimmed)
 * @param language the language the person is written to
 * @param consent how the address was collected
 * @param unsubscribedAt when the person unsubscribed, or null
 * @param bouncedAt when mail to the address last failed for good, or null
 * @param bounceDetail what the failure report said, or null
 * @param version the optimistic-locking version to send back with an update
 */
public record Contact(long id, long companyId, String partner, String name, String email, Language language,
        Consent consent, Instant unsubscribedAt, Instant bouncedAt, String bounceDetail, long version) {
}
