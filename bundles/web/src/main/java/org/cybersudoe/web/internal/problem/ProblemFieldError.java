package org.cybersudoe.web.internal.problem;

/**
 * One offending field of a problem document.
 *
 * @param field the field's path in the request, {@code members[0].role}, or {@code body}
 * @param code the stable reason ({@code required}, {@code unknown-field}, {@code invalid-value}, ...)
 * @param detail the localized explanation
 */
public record ProblemFieldError(String field, String code, String detail) {
}
