package org.cybersudoe.outreach;

/**
 * Filters of the company list; null fields do not filter.
 *
 * @param partner owning partner code
 * @param country ISO country code
 * @param region NUTS II code
 * @param nace NACE code or its prefix ({@code 62} finds {@code 62.01})
 * @param size size class
 * @param text words of the name (case and accents ignored)
 * @param email a contact's address (normalised before comparing)
 * @param nationalId a national id (normalised before comparing)
 */
public record CompanyQuery(String partner, String country, String region, String nace, SizeClass size, String text,
        String email, String nationalId) {

    public static CompanyQuery all() {
        return new CompanyQuery(null, null, null, null, null, null, null, null);
    }
}
