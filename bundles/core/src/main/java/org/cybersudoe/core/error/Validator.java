package org.cybersudoe.core.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.internal.CoreTexts;

/**
 * Collects every offending field of an input before anything is written, then throws one
 * {@link ValidationException} naming them all. Not thread-safe: one per validation.
 */
public final class Validator {

    // one address, as a mail header can carry it: no list separators, no display-name brackets or quotes
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+$");

    private final List<FieldError> errors = new ArrayList<>();

    /** The field must be present: non-null, and for text non-blank. */
    public Validator required(String field, Object value) {
        if (value == null || (value instanceof CharSequence text && text.toString().isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            errors.add(new FieldError(field, "required", "is required"));
        }
        return this;
    }

    /** Text no longer than {@code max} characters (null passes: combine with {@link #required}). */
    public Validator maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "too-long", CoreTexts.MESSAGES.text("field.too-long", max)));
        }
        return this;
    }

    /** Text matching a pattern (null passes). */
    public Validator matches(String field, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, "invalid-value", "must be " + expected));
        }
        return this;
    }

    /** One e-mail address of the usual shape (null passes). */
    public Validator email(String field, String value) {
        if (value != null && !isEmail(value)) {
            errors.add(new FieldError(field, "invalid-value", CoreTexts.MESSAGES.text("field.email")));
        }
        return this;
    }

    /** Whether {@code value} is one e-mail address of the usual shape, as every area accepts it. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** A generic check: adds the error when {@code ok} is false. */
    public Validator check(boolean ok, String field, String code, String detail) {
        if (!ok) {
            errors.add(new FieldError(field, code, detail));
        }
        return this;
    }

    /**
     * A generic check whose text the area words in every language from its catalog; the text
     * is only built when the check fails, so that a passing check costs nothing more.
     */
    public Validator check(boolean ok, String field, String code, Supplier<LocalizedText> text) {
        if (!ok) {
            errors.add(new FieldError(field, code, text.get()));
        }
        return this;
    }

    /** {@link #check(boolean, String, String, Supplier)} on a value that only runs when the value is present. */
    public <T> Validator checkIfPresent(T value, Predicate<T> ok, String field, String code, Supplier<LocalizedText> text) {
        return value == null ? this : check(ok.test(value), field, code, text);
    }

    /** A check on a value that only runs when the value is present. */
    public <T> Validator checkIfPresent(T value, Predicate<T> ok, String field, String code, String detail) {
        return value == null ? this : check(ok.test(value), field, code, detail);
    }

    /** Adds the errors of a nested object, prefixing their fields with {@code prefix.}. */
    public Validator nested(String prefix, List<FieldError> nested) {
        nested.forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.code(), e.detail(), e.text())));
        return this;
    }

    /** The errors collected so far; never null. */
    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws one {@link ValidationException} naming every offending field, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
