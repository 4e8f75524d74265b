package org.cybersudoe.diagnostic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A question of a questionnaire. Which fields are set depends on the type: options for single,
 * multiple and yes/no questions (yes/no has the options {@code yes} and {@code no}); min and max
 * for scale and number questions; bands (and maybe a unit) for number questions; labels of the
 * ends for scale questions.
 *
 * @param cap for a multiple-choice question, the most points it can give
 * @param notRelevantAllowed whether "not relevant to my business" is an accepted answer
 * @param weight its share of its dimension's score
 */
public record Question(String code, QuestionType type, LocalizedText text, LocalizedText help, boolean required,
        boolean notRelevantAllowed, double weight, List<AnswerOption> options, Integer cap, BigDecimal min, BigDecimal max,
        LocalizedText minLabel, LocalizedText maxLabel, LocalizedText unit, List<Band> bands) {

    /** The reserved answer "not relevant to my business". */
    public static final String NOT_RELEVANT = "not-relevant";

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    public Optional<AnswerOption> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** The most points an answer can give: what a fraction of 1 means. */
    public int maxPoints() {
        return switch (type) {
            case SINGLE, YES_NO -> options.stream().mapToInt(AnswerOption::score).max().orElse(0);
            case MULTIPLE -> cap != null ? cap : options.stream().mapToInt(o -> Math.max(0, o.score())).sum();
            case SCALE -> max.subtract(min).intValueExact();
            case NUMBER -> bands.stream().mapToInt(Band::score).max().orElse(0);
        };
    }
}
