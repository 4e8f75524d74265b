package org.cybersudoe.toolbox;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A question of a theme's diagnostic questionnaire.
 *
 * @param code its code, unique in the questionnaire
 * @param text the question
 * @param options the answers a company picks from, at least two; never null
 */
public record Question(String code, LocalizedText text, List<AnswerOption> options) {

    public Question {
        options = List.copyOf(options);
    }
}
