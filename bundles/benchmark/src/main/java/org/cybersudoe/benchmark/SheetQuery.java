package org.cybersudoe.benchmark;

import org.cybersudoe.core.i18n.Language;

/**
 * A search over the sheets the caller may read; a null field does not filter.
 *
 * @param text words to look for in the sheets' texts, matched after each language's stemming
 *     ("sécurités" finds "sécurité"); null or blank lists every sheet that passes the filters
 * @param language the language of {@code text}: only texts in that language are searched,
 *     with its stemmer; null searches every language, each with its own stemmer
 * @param theme only sheets covering this theme code
 * @param sector only sheets addressing this sector theme code
 * @param country only sheets of this country (ISO 3166-1 alpha-2)
 * @param method only sheets of this method code
 * @param status only sheets in this status
 * @param owner only sheets of this structure
 */
public record SheetQuery(String text, Language language, String theme, String sector,
        String country, String method, SheetStatus status, String owner) {

    /** No text, no filter. */
    public static SheetQuery all() {
        return new SheetQuery(null, null, null, null, null, null, null, null);
    }

    /** Only these words, in every language. */
    public static SheetQuery text(String text) {
        return new SheetQuery(text, null, null, null, null, null, null, null);
    }
}
