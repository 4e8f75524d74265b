package org.cybersudoe.core.place;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Country and region codes, checked the same way by every area, so that a company, a
 * structure, an event and a self-diagnostic profile accept the same places.
 */
public final class Places {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern NUTS2 = Pattern.compile("[A-Z]{2}[0-9A-Z]{2}");

    private Places() {
    }

    /** Whether {@code code} is an assigned ISO 3166-1 alpha-2 country code, in capitals ({@code FR}, {@code ES}, ...). */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /**
     * The first two letters of the country's NUTS codes: the country code itself, except for
     * Greece ({@code EL}) and the United Kingdom ({@code UK}), as Eurostat writes them.
     */
    public static String nutsPrefix(String country) {
        return switch (country) {
            case "GR" -> "EL";
            case "GB" -> "UK";
            default -> country;
        };
    }

    /** Whether {@code code} has the form of a NUTS 2 region: two letters, then two letters or digits ({@code FRJ1}, {@code ES21}). */
    public static boolean isNuts2(String code) {
        return code != null && NUTS2.matcher(code).matches();
    }

    /** Whether the NUTS code {@code region} lies in {@code country}: it starts with the country's {@link #nutsPrefix}. */
    public static boolean isNutsOf(String region, String country) {
        return region != null && country != null && region.startsWith(nutsPrefix(country));
    }
}
