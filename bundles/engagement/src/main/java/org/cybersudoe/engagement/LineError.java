package org.cybersudoe.engagement;

import java.util.Objects;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What is wrong with one line of an uploaded file (line 1 is the header).
 *
 * @param message an English sentence
 * @param text the same sentence in the platform's languages when the area words it, so that the surfaces answer
 *     each caller in its own language; may be null
 */
public record LineError(int line, String field, String message, LocalizedText text) {

    /** A line error said in English only. */
    public LineError(int line, String field, String message) {
        this(line, field, message, null);
    }

    /** A line error said in the platform's languages; its message is the English. */
    public LineError(int line, String field, LocalizedText text) {
        this(line, field, Objects.requireNonNull(text, "text").resolve(Language.EN).orElseThrow(), text);
    }
}
