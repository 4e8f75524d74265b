package org.cybersudoe.core.error;

/** The caller is known but may not do this (403), for example outside its partner scope. */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String type, String detail) {
        super(403, type, detail, null);
    }
}
