package org.cybersudoe.outreach.internal.directory;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.place.Places;
import org.cybersudoe.outreach.internal.OutreachTexts;

/**
 * Checks of the directory's fields that file imports, REST, SOAP and the shell share. Each
 * returns the reason a value is wrong, worded in the four languages from the area's catalog, or
 * empty when it is right; the reason is only worded for a wrong value, as an import checks every
 * row.
 */
public final class Checks {

    private static final Pattern NACE = Pattern.compile("(?:[A-U])?(\\d{2}(?:\\.\\d{1,2})?)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPANISH_ID = Pattern.compile("[A-Z0-9]\\d{7}[A-Z0-9]");

    private Checks() {
    }

    public static Optional<LocalizedText> country(String country) {
        return Places.isCountry(country) ? Optional.empty()
                : Optional.of(OutreachTexts.MESSAGES.text("error.field.country"));
    }

    /** A NUTS II code inside the company's country. */
    public static Optional<LocalizedText> region(String region, String country) {
        if (!Places.isNuts2(region)) {
            return Optional.of(OutreachTexts.MESSAGES.text("error.field.region"));
        }
        return Places.isNutsOf(region, country) ? Optional.empty()
                : Optional.of(OutreachTexts.MESSAGES.text("error.field.region-of-country", country, Places.nutsPrefix(country)));
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
    public static Optional<LocalizedText> nationalId(String id, String country) {
        switch (country) {
            case "FR":
                if (!DIGITS.matcher(id).matches() || (id.length() != 9 && id.length() != 14)) {
                    return Optional.of(OutreachTexts.MESSAGES.text("error.field.national-id.siren"));
                }
                return luhn(id) ? Optional.empty()
                        : Optional.of(OutreachTexts.MESSAGES.text("error.field.national-id.siren-key"));
            case "ES":
                return SPANISH_ID.matcher(id).matches() ? Optional.empty()
                        : Optional.of(OutreachTexts.MESSAGES.text("error.field.national-id.nif"));
            case "PT":
                if (!DIGITS.matcher(id).matches() || id.length() != 9) {
                    return Optional.of(OutreachTexts.MESSAGES.text("error.field.national-id.nipc"));
                }
                return portugueseKey(id) ? Optional.empty()
                        : Optional.of(OutreachTexts.MESSAGES.text("error.field.national-id.nipc-key"));
            default:
                return id.matches("[A-Z0-9]{4,20}") ? Optional.empty()
                        : Optional.of(OutreachTexts.MESSAGES.text("error.field.national-id.other"));
        }
    }

    /** An absolute http or https address. */
    public static Optional<LocalizedText> website(String website) {
        try {
            URI uri = new URI(website);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        return Optional.of(OutreachTexts.MESSAGES.text("error.field.website"));
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
