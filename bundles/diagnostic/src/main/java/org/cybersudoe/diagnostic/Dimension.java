package org.cybersudoe.diagnostic;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A section of a questionnaire, scored on its own.
 *
 * @param weight its share of the overall score
 * @param theme the theme whose resources and events are recommended when it is weak; null for none
 * @param recommendation the advice given when it is weak
 */
public record Dimension(String code, LocalizedText title, double weight, String theme, LocalizedText recommendation,
        List<Question> questions) {

    public Dimension {
        questions = List.copyOf(questions);
    }
}
