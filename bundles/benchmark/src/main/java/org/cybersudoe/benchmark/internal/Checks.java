package org.cybersudoe.benchmark.internal;

import java.util.regex.Pattern;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.place.Places;

/** Field checks shared by the benchmark's services, the loader and the surfaces. */
public final class Checks {

    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Checks() {
    }

    public static void code(Validator v, String field, String value) {
        v.required(field, value).checkIfPresent(value, x -> CODE.matcher(x).matches(), field, "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.code"));
    }

    public static void country(Validator v, String field, String value) {
        v.required(field, value).checkIfPresent(value, Places::isCountry, field, "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.country"));
    }

    /** A text each of whose languages is at most {@code maxLength} long; required in one language when asked. */
    public static void localized(Validator v, String field, LocalizedText text, int maxLength, boolean required) {
        if (required) {
            v.check(text != null && !text.isEmpty(), field, "required",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.required-in-a-language"));
        }
        if (text != null) {
            text.languages().forEach(l -> v.maxLength(field + "." + l.code(), text.exact(l).orElse(""), maxLength));
        }
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
