package org.cybersudoe.core.error;

import org.cybersudoe.core.i18n.LocalizedText;

/** The named record does not exist (404). */
public class NotFoundException extends ProblemException {

    private static final long serialVersionUID = 1L;

    /** Says, in English only, that there is no {@code what} with this id. */
    public NotFoundException(String what, Object id) {
        super(404, "not-found", "No " + what + " '" + id + "'.", null);
    }

    /** Says what is missing in the platform's languages, as the area's catalog words it. */
    public NotFoundException(LocalizedText detail) {
        super(404, "not-found", detail, null);
    }
}
