package org.cybersudoe.core.error;

import java.util.Objects;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * One offending field of a request.
 *
 * @param field the field's path as the client sent it, for example {@code name} or
 *     {@code members[2].role}; never null
 * @param code a stable machine-readable reason ({@code required}, {@code too-long},
 *     {@code invalid-value}, {@code unknown-field}, {@code malformed}, ...); the REST and
 *     SOAP layers translate it; never null
 * @param detail an English sentence for logs and for clients without a translation; never null
 * @param text the same sentence in the platform's languages when the area's catalog has it,
 *     which the surfaces prefer to a translation of the code; may be null
 */
public record FieldError(String field, String code, String detail, LocalizedText text) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        detail = detail == null ? text == null ? code : text.resolve(Language.EN).orElse(code) : detail;
    }

    /** A field error said in English only. */
    public FieldError(String field, String code, String detail) {
        this(field, code, detail, null);
    }

    /** A field error said in the platform's languages, as the area's catalog words it. */
    public FieldError(String field, String code, LocalizedText text) {
        this(field, code, null, Objects.requireNonNull(text, "text"));
    }
}
