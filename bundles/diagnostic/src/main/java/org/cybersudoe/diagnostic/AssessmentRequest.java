package org.cybersudoe.diagnostic;

import org.cybersudoe.core.i18n.Language;

/**
 * What starts an assessment.
 *
 * @param companyId a directory company (only the staff of its partner may link an assessment to it); null for anonymous
 * @param profile what an anonymous respondent declares of the company; ignored for a directory company, whose record is used
 */
public record AssessmentRequest(String questionnaire, Language language, Long companyId, Profile profile) {
}
