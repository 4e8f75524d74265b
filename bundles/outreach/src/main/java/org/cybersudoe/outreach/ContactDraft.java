package org.cybersudoe.outreach;

import org.cybersudoe.core.i18n.Language;

/**
 * A contact as written by a partner.
 *
 * @param name the person's name, or null
 * @param email the address
 * @param language the language the person is written to; null for the company's country's language
 * @param consent how the address was collected
 */
public record ContactDraft(String name, String email, Language language, Consent consent) {
}
