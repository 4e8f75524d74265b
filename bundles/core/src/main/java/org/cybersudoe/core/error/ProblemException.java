package org.cybersudoe.core.error;

import java.util.List;
import java.util.Objects;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * The base of every error a service reports to its callers. REST turns it into an RFC 9457
 * {@code application/problem+json} document and SOAP into a fault with the same fields, so a
 * client sees the same status, type and offending fields whatever the surface.
 *
 * <p>The detail is either an English sentence, or a text in every language that the area
 * takes from its catalog ({@link org.cybersudoe.core.i18n.Messages#text}); the surfaces then
 * answer in the caller's language. {@link #getMessage()} is always the English text, for logs.
 */
public abstract class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String type;
    private final List<FieldError> fieldErrors;
    // Exceptions are not serialised across the platform; the English text survives in the message.
    private final transient LocalizedText localizedDetail;

    /** A problem whose detail is an English sentence only. */
    protected ProblemException(int status, String type, String detail, List<FieldError> fieldErrors) {
        this(status, type, detail, null, fieldErrors);
    }

    /** A problem whose detail is given in the platform's languages; never null. */
    protected ProblemException(int status, String type, LocalizedText detail, List<FieldError> fieldErrors) {
        this(status, type, Objects.requireNonNull(detail, "detail").resolve(Language.EN).orElse(type), detail, fieldErrors);
    }

    private ProblemException(int status, String type, String english, LocalizedText localized, List<FieldError> fieldErrors) {
        super(english);
        this.status = status;
        this.type = type;
        this.localizedDetail = localized;
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

    /**
     * The detail in {@code language}, or in the first of its fallback order that the thrower
     * gave; the English sentence when the thrower gave no other. Never null.
     */
    public String detail(Language language) {
        return localizedDetail == null ? getMessage() : localizedDetail.resolve(language).orElse(getMessage());
    }

    /** True when the detail was given in the platform's languages rather than in English only. */
    public boolean hasLocalizedDetail() {
        return localizedDetail != null;
    }

    /** The offending fields; empty when the problem is not about a field, never null. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
