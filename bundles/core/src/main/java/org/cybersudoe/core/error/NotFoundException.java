package org.cybersudoe.core.error;

/** The named record does not exist (404). */
public class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(404, "not-found", "No " + what + " '" + id + "'.", null);
    }
}
