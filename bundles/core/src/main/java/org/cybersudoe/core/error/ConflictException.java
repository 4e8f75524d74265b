package org.cybersudoe.core.error;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/** The request clashes with what is stored (409): a duplicate key, a stale version. */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String detail) {
        super(409, "conflict", detail, field == null ? null : List.of(new FieldError(field, "conflict", detail)));
    }

    /** A clash on {@code field} (null when it is not about one field), said in the platform's languages. */
    public ConflictException(String field, LocalizedText detail) {
        super(409, "conflict", detail, field == null ? null : List.of(new FieldError(field, "conflict", detail)));
    }
}
