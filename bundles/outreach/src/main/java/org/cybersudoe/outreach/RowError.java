package org.cybersudoe.outreach;

import java.util.Objects;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * Why one row of an import was not taken.
 *
 * @param line the line number in the file (1 is the header), or the position in a batch
 * @param field the column, as the file names it
 * @param code a stable reason ({@code required}, {@code invalid-value}, {@code suppressed}, ...)
 * @param detail an English sentence
 * @param text the same sentence in the platform's languages, so that each caller reads it in its own;
 *     null for errors recorded before the import stored them so (English only)
 */
public record RowError(int line, String field, String code, String detail, LocalizedText text) {

    /** A reason said in the platform's languages; its detail is the English. */
    public RowError(int line, String field, String code, LocalizedText text) {
        this(line, field, code, Objects.requireNonNull(text, "text").resolve(Language.EN).orElse(code), text);
    }

    /** The reason in {@code language}, or the English sentence when it was only stored in English. */
    public String detail(Language language) {
        return text == null ? detail : text.resolve(language).orElse(detail);
    }
}
