package org.cybersudoe.benchmark.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
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

    /**
     * A text that must be given in each of the platform's languages, each at most
     * {@code maxLength} long: every language missing is named on its own ({@code title.pt}), so
     * the client sees which translations to add.
     */
    public static void everyLanguage(Validator v, String field, LocalizedText text, int maxLength) {
        for (String missing : missingLanguages(field, text)) {
            v.check(false, missing, "required",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.required-in-every-language"));
        }
        localized(v, field, text, maxLength, false);
    }

    /** The fields ({@code title.pt}, ...) of the languages {@code text} lacks, in the platform's order; never null. */
    public static List<String> missingLanguages(String field, LocalizedText text) {
        return java.util.Arrays.stream(Language.values()).filter(l -> text == null || text.exact(l).isEmpty())
                .map(l -> field + "." + l.code()).toList();
    }

    /**
     * The words of a search: every word becomes clauses in each language's fields, and past
     * {@link SheetServiceImpl#MAX_SEARCH_WORDS} the search engine's clause limit would fail the
     * search with a server error. {@code field} is the name the surface gives the words.
     */
    public static void searchWords(Validator v, String field, String text) {
        v.check(text == null || text.isBlank() || text.strip().split("\\s+").length <= SheetServiceImpl.MAX_SEARCH_WORDS,
                field, "too-many-words", () -> BenchmarkTexts.MESSAGES.text("error.field.text-words",
                        String.valueOf(SheetServiceImpl.MAX_SEARCH_WORDS)));
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
