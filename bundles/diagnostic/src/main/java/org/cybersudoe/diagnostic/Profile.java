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
        // the first two digits, whatever separates them ("62.01", "6201"); read on every peer look-up, so no regex
        StringBuilder division = new StringBuilder(2);
        for (int i = 0; i < nace.length() && division.length() < 2; i++) {
            char c = nace.charAt(i);
            if (c >= '0' && c <= '9') {
                division.append(c);
            }
        }
        return division.length() == 2 ? division.toString() : null;
    }
}
