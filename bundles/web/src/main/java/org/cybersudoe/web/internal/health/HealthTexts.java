package org.cybersudoe.web.internal.health;

import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.web.internal.problem.ProblemCatalog;

/** The reasons the health document gives for the REST server and for areas without an answer, in the four languages. */
public final class HealthTexts {

    /** {@code health.*} keys of the web bundle's catalog. */
    public static final Messages MESSAGES = Messages.of(HealthTexts.class, ProblemCatalog.BASE_NAME);

    private HealthTexts() {
    }
}
