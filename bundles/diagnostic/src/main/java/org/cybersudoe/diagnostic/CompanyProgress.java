package org.cybersudoe.diagnostic;

import java.util.List;

/** A company's submitted assessments of one questionnaire, oldest first, side by side. */
public record CompanyProgress(long companyId, String questionnaire, List<AssessmentResult> assessments) {

    public CompanyProgress {
        assessments = List.copyOf(assessments);
    }
}
