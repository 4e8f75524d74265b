package org.cybersudoe.outreach;

import java.time.LocalDate;

/**
 * A company as written by a partner: every field but the partner, name and country may be null.
 *
 * @param partner the code of the owning partner
 * @param name the company's name
 * @param nationalId its national id (SIREN or SIRET in France, NIF in Spain, NIPC in Portugal),
 *     spaces and punctuation allowed; null when unknown
 * @param country ISO 3166-1 alpha-2 country code
 * @param region NUTS II code, within {@code country}
 * @param nace NACE Rev. 2 code of its main activity ({@code 62.01}, {@code 62}, {@code J62.01})
 * @param size its size class
 * @param founded the date it was founded
 * @param foundedByWoman whether a woman founded it; null when unknown
 * @param website an http(s) address
 */
public record CompanyDraft(String partner, String name, String nationalId, String country, String region, String nace,
        SizeClass size, LocalDate founded, Boolean foundedByWoman, String website) {
}
