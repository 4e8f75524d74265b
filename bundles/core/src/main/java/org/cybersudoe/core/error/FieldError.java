package org.cybersudoe.core.error;

import java.util.Objects;

/**
 * One offending field of a request.
 *
 * @param field the field's path as the client sent it, for example {@code name} or
 *     {@code members[2].role}; never null
 * @param code a stable machine-readable reason ({@code required}, {@code too-long},
 *     {@code invalid-value}, {@code unknown-field}, {@code malformed}, ...); the REST and
 *     SOAP layers translate it; never null
 * @param detail an English sentence for logs and for clients without a translation; never null
 */
public record FieldError(String field, String code, String detail) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        detail = detail == null ? code : detail;
    }
}
