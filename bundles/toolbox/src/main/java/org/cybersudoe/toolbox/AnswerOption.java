package org.cybersudoe.toolbox;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * One answer to a diagnostic question.
 *
 * @param code its code, unique in the question
 * @param text the answer
 * @param score what the answer adds to the company's score (higher is more mature)
 */
public record AnswerOption(String code, LocalizedText text, int score) {
}
