package org.cybersudoe.web;

import org.cybersudoe.core.error.ProblemException;

/**
 * The request carries no valid credentials (401). REST answers it with a problem document
 * and a {@code WWW-Authenticate: Basic} challenge; SOAP with a client fault.
 */
public class UnauthenticatedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** The problem type slug of this exception: {@value}. */
    public static final String TYPE = "unauthenticated";

    /**
     * A 401 problem.
     *
     * @param detail an English sentence saying what is missing; never null
     */
    public UnauthenticatedException(String detail) {
        super(401, TYPE, detail, null);
    }
}
