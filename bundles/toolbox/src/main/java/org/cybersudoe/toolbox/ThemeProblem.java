package org.cybersudoe.toolbox;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * One thing wrong in a theme bundle.
 *
 * @param file the file inside the theme folder, or {@code MANIFEST.MF}; never null
 * @param field the field's path in that file ({@code questions[1].options[0].score}), or "" for the whole file
 * @param text what is wrong, in the platform's languages
 */
public record ThemeProblem(String file, String field, LocalizedText text) {

    /** What is wrong, in English (the log's language). */
    public String message() {
        return text.resolve(Language.EN).orElse("");
    }

    /** {@code file: field: what is wrong}, in {@code language}. */
    public String in(Language language) {
        return file + (field == null || field.isEmpty() ? "" : ": " + field) + ": " + text.resolve(language).orElse("");
    }

    @Override
    public String toString() {
        return in(Language.EN);
    }
}
