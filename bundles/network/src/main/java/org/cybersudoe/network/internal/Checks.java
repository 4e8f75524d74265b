package org.cybersudoe.network.internal;

import java.net.URI;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.place.Places;

/** Field checks shared by the network's services, the loader and the surfaces. */
public final class Checks {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    public static final Pattern WORK_PACKAGE = Pattern.compile("GT[0-9]{1,2}");
    public static final Pattern NUTS_EDITION = Pattern.compile("(19|20)[0-9]{2}");

    private Checks() {
    }

    public static void code(Validator v, String field, String value) {
        v.required(field, value).checkIfPresent(value, c -> CODE.matcher(c).matches(), field, "invalid-value",
                () -> NetworkTexts.MESSAGES.text("error.field.code"));
    }

    public static void country(Validator v, String field, String value, boolean required) {
        if (required) {
            v.required(field, value);
        }
        v.checkIfPresent(value, Places::isCountry, field, "invalid-value",
                () -> NetworkTexts.MESSAGES.text("error.field.country"));
    }

    /** A NUTS II code whose prefix is the country (EL for Greece, UK for the United Kingdom). */
    public static void nutsRegion(Validator v, String field, String value, String country) {
        if (!Places.isNuts2(value)) {
            v.check(false, field, "invalid-value", () -> NetworkTexts.MESSAGES.text("error.field.nuts-region"));
            return;
        }
        if (Places.isCountry(country)) {
            String expected = Places.nutsPrefix(country);
            v.check(Places.isNutsOf(value, country), field, "invalid-value",
                    () -> NetworkTexts.MESSAGES.text("error.field.nuts-region-of-country", country, expected));
        }
    }

    public static void localized(Validator v, String field, LocalizedText text, int maxLength) {
        v.check(text != null && !text.isEmpty(), field, "required",
                () -> NetworkTexts.MESSAGES.text("error.field.required-in-a-language"));
        if (text != null) {
            text.languages().forEach(l -> v.maxLength(field + "." + l.code(), text.exact(l).orElse(""), maxLength));
        }
    }

    public static void httpUrl(Validator v, String field, String value) {
        v.maxLength(field, value, 500).checkIfPresent(value, Checks::isHttpUrl, field, "invalid-value",
                () -> NetworkTexts.MESSAGES.text("error.field.http-url"));
    }

    public static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    public static void timeZone(Validator v, String field, String value) {
        v.required(field, value).checkIfPresent(value, z -> ZoneId.getAvailableZoneIds().contains(z), field,
                "invalid-value", () -> NetworkTexts.MESSAGES.text("error.field.time-zone"));
    }

    /** Trims; blank becomes null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String t = value.strip();
        return t.isEmpty() ? null : t;
    }
}
