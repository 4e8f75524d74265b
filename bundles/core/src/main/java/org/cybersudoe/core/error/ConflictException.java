package org.cybersudoe.core.error;

import java.util.List;

/** The request clashes with what is stored (409): a duplicate key, a stale version. */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String detail) {
        super(409, "conflict", detail, field == null ? null : List.of(new FieldError(field, "conflict", detail)));
    }
}
