package org.cybersudoe.engagement;

import java.time.Instant;

import org.cybersudoe.core.i18n.Language;

/**
 * One company's registration to one event.
 *
 * @param contactId the contact in the directory; null when the directory keeps the address out
 * @param country the ISO code of the company's country; null for registrations made before it was kept
 * @param waitingPosition 1 for the next to get a place; null unless waiting
 */
public record Registration(long id, long eventId, long companyId, Long contactId, String companyName, String country,
        String contactName, String email, Language language, RegistrationStatus status, Integer waitingPosition,
        Instant registeredAt, Instant checkedInAt) {
}
