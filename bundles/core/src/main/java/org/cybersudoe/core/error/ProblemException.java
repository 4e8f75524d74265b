package org.cybersudoe.core.error;

import java.util.List;

/**
 * The base of every error a service reports to its callers. REST turns it into an RFC 9457
 * {@code application/problem+json} document and SOAP into a fault with the same fields, so a
 * client sees the same status, type and offending fields whatever the surface.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final List<FieldError> fieldErrors;

    protected ProblemException(int status, String type, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** The HTTP status that fits: 400, 403, 404, 409, ... */
    public int status() {
        return status;
    }

    /**
     * A stable slug naming the kind of problem ({@code validation}, {@code not-found},
     * {@code partner.scope}, ...); the REST layer builds the problem's {@code type} URI from it.
     */
    public String type() {
        return type;
    }

    /** The offending fields; empty when the problem is not about a field, never null. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
