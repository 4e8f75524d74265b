package org.cybersudoe.outreach.internal.newsletter;

import org.cybersudoe.core.i18n.Language;

/** What a message needs of one contact. */
/**
 * @param attempts how many times its message was tried before (0 the first time)
 */
public record Recipient(long contactId, String email, String name, Language language, String partner, String companyName,
        int attempts) {
}
