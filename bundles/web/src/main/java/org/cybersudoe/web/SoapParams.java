package org.cybersudoe.web;

import org.cybersudoe.core.error.Validator;

/**
 * How SOAP endpoints read their parameters. A number declared as a Java primitive reads as 0
 * when the call leaves it out, which then looks like "no record 0" or a stale version; declared
 * as a wrapper and read through {@link #required}, the same call gets the validation fault
 * naming the parameter, in the caller's language, like REST's 400.
 */
public final class SoapParams {

    private SoapParams() {
    }

    /** {@code value}; a validation fault naming {@code name} when the call left it out. */
    public static <T> T required(String name, T value) {
        new Validator().required(name, value).throwIfInvalid();
        return value;
    }
}
