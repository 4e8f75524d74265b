package org.cybersudoe.diagnostic;

import org.cybersudoe.core.security.Caller;

/** Progress measured around support: successive assessments, and the gain of assisted companies. */
public interface ProgressService {

    CompanyProgress progress(Caller caller, long companyId, String questionnaire);

    /** @param subject missions, events, or null for both */
    GainFigure averageGain(Caller caller, String questionnaire, Milestone.Subject subject);
}
