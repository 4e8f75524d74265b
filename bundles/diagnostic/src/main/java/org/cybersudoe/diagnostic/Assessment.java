package org.cybersudoe.diagnostic;

import java.time.Instant;
import java.util.Map;

import org.cybersudoe.core.i18n.Language;

/**
 * An assessment: one respondent's answers to one version of a questionnaire.
 *
 * @param companyId the directory company it is about; null for an anonymous respondent
 * @param partner the partner owning that company; null when anonymous
 * @param answers by question code: an option code, option codes separated by commas, a number,
 *        or {@value Question#NOT_RELEVANT}
 * @param milestone null unless marked as the before or after of a mission or event
 */
public record Assessment(long id, String questionnaire, int questionnaireVersion, Language language, Long companyId,
        String partner, Profile profile, AssessmentStatus status, Map<String, String> answers, Milestone milestone,
        Instant createdAt, Instant updatedAt, Instant submittedAt, long version) {

    public Assessment {
        answers = Map.copyOf(answers);
    }
}
