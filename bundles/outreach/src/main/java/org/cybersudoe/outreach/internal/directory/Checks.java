package org.cybersudoe.outreach.internal.directory;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of the directory's fields that file imports, REST, SOAP and the shell share. Each
 * returns the reason a value is wrong, or empty when it is right.
 */
public final class Checks {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUTS2 = Pattern.compile("[A-Z]{2}[A-Z0-9]{2}");
    private static final Pattern NACE = Pattern.compile("(?:[A-U])?(\\d{2}(?:\\.\\d{1,2})?)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPANISH_ID = Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]");

    private Checks() {
    }

    public static Optional<String> country(String country) {
        return COUNTRY.matcher(country).matches() ? Optional.empty()
                : Optional.of("must be an ISO 3166-1 country code of two capital letters, such as FR");
    }

    /** A NUTS II code inside the company's country (Greece's codes start with EL). */
    public static Optional<String> region(String region, String country) {
        if (!NUTS2.matcher(region).matches()) {
            return Optional.of("must be a NUTS II code of four characters, such as FRJ1 or ES21");
        }
        String prefix = "GR".equals(country) ? "EL" : country;
        return region.startsWith(prefix) ? Optional.empty()
                : Optional.of("must be a region of " + country + " (a code starting with " + prefix + ")");
    }

    /** The NACE code without its section letter ({@code J62.01} → {@code 62.01}), or empty when it is not one. */
    public static Optional<String> nace(String nace) {
        var m = NACE.matcher(nace.strip().toUpperCase());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The national id's shape and check digit for the countries the programme works in: SIREN
     * (9 digits) or SIRET (14) with the Luhn key in France, NIF/CIF (9 characters) in Spain, NIPC
     * (9 digits, modulo 11 key) in Portugal; any 4 to 20 letters and digits elsewhere.
     */
    public static Optional<String> nationalId(String id, String country) {
        switch (country) {
            case "FR":
                if (!DIGITS.matcher(id).matches() || (id.length() != 9 && id.length() != 14)) {
                    return Optional.of("must be a SIREN (9 digits) or a SIRET (14 digits)");
                }
                return luhn(id) ? Optional.empty() : Optional.of("is not a valid SIREN or SIRET (its check digit is wrong)");
            case "ES":
                return SPANISH_ID.matcher(id).matches() ? Optional.empty()
                        : Optional.of("must be a NIF or CIF of 9 characters, such as B12345674");
            case "PT":
                if (!DIGITS.matcher(id).matches() || id.length() != 9) {
                    return Optional.of("must be a NIPC of 9 digits");
                }
                return portugueseKey(id) ? Optional.empty() : Optional.of("is not a valid NIPC (its check digit is wrong)");
            default:
                return id.matches("[A-Z0-9]{4,20}") ? Optional.empty() : Optional.of("must be 4 to 20 letters and digits");
        }
    }

    /** An absolute http or https address. */
    public static Optional<String> website(String website) {
        try {
            URI uri = new URI(website);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        return Optional.of("must be an http:// or https:// address");
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    static boolean portugueseKey(String nine) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (nine.charAt(i) - '0') * (9 - i);
        }
        int key = 11 - sum % 11;
        if (key >= 10) {
            key = 0;
        }
        return key == nine.charAt(8) - '0';
    }
}
