package org.cybersudoe.core.error;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A service the request needs is not answering for now (503): a mail server, a database. Nothing
 * is wrong with the request, which may be sent again later; the detail says so without naming
 * the service's address, which is for the administrators' log.
 */
public class UnavailableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public UnavailableException(LocalizedText detail) {
        super(503, "unavailable", detail, null);
    }
}
