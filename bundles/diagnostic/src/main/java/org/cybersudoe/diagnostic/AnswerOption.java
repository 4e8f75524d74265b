package org.cybersudoe.diagnostic;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A choice of a single, multiple or yes/no question.
 *
 * @param exclusive for a multiple-choice question, an option that can only be chosen alone ("none of these")
 */
public record AnswerOption(String code, LocalizedText text, int score, boolean exclusive) {
}
