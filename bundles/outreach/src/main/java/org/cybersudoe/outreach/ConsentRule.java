package org.cybersudoe.outreach;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * One consent basis that allows mailing professional addresses in one country.
 *
 * @param country ISO 3166-1 alpha-2, upper case
 * @param basis the basis allowed
 * @param note the legal ground, for people reading the rules, in the platform's languages
 */
public record ConsentRule(String country, ConsentBasis basis, LocalizedText note) {
}
