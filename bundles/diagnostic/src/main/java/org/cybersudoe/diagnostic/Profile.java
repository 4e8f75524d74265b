package org.cybersudoe.diagnostic;

/**
 * What peers are chosen by: country (ISO 3166 alpha-2), NUTS II region, sector (a NACE code; peers
 * share its division, the first two digits) and size class (micro, small, medium). Any part may be
 * unknown (null).
 */
public record Profile(String country, String region, String nace, String size) {

    public static final Profile UNKNOWN = new Profile(null, null, null, null);

    /** The NACE division, the sector peers share; null when unknown. */
    public String sector() {
        if (nace == null) {
            return null;
        }
        String digits = nace.replaceAll("[^0-9]", "");
        return digits.length() >= 2 ? digits.substring(0, 2) : null;
    }
}
