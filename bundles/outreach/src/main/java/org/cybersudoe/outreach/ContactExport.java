package org.cybersudoe.outreach;

import java.time.Instant;

/**
 * Everything the directory holds about one person, as given to them on request (GDPR art. 15
 * and 20).
 *
 * @param contact the contact record
 * @param company the company it belongs to
 * @param exportedAt when this export was made
 */
public record ContactExport(Contact contact, Company company, Instant exportedAt) {
}
