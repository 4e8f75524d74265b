package org.cybersudoe.engagement;

import org.cybersudoe.core.i18n.Language;

/**
 * A company's registration to an event. The contact's address finds the contact (and its
 * company) in the directory; failing that, {@code companyId}, or the national id within the
 * country, or else the name finds the company; what is still missing is created, owned by the
 * event's partner.
 *
 * @param companyId an existing company of the directory, or null
 * @param language the registrant's language: the confirmation and reminders are written in it
 */
public record RegistrationRequest(Long companyId, String companyName, String country, String nationalId, String region,
        String contactName, String email, Language language) {
}
