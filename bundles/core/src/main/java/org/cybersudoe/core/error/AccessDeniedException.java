package org.cybersudoe.core.error;

import org.cybersudoe.core.i18n.LocalizedText;

/** The caller is known but may not do this (403), for example outside its partner scope. */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String type, String detail) {
        super(403, type, detail, null);
    }

    /** A refusal whose reason is given in the platform's languages. */
    public AccessDeniedException(String type, LocalizedText detail) {
        super(403, type, detail, null);
    }
}
