package org.cybersudoe.diagnostic.internal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cybersudoe.diagnostic.AnswerOption;
import org.cybersudoe.diagnostic.Band;
import org.cybersudoe.diagnostic.Dimension;
import org.cybersudoe.diagnostic.DimensionScore;
import org.cybersudoe.diagnostic.Level;
import org.cybersudoe.diagnostic.Question;
import org.cybersudoe.diagnostic.Questionnaire;

/**
 * Scores stored answers (docs/questionnaire-format.md, "Scoring"): a question's fraction is its
 * points over its maximum; a dimension is 100 times the weighted mean of the fractions of its
 * counted questions ("not relevant" and unanswered optional questions are not counted); the
 * overall score is the weighted mean of the dimensions that have a score. Rounded once, at the end,
 * to one decimal half up, so that the sum of rounded parts never drifts into the total.
 */
public final class Scoring {

    private Scoring() {
    }

    /** The scores of a questionnaire's dimensions and overall; the overall is null when no dimension scored. */
    public record Scores(List<DimensionScore> dimensions, BigDecimal overall) {
    }

    public static Scores score(Questionnaire questionnaire, Map<String, String> answers) {
        List<DimensionScore> dimensions = new ArrayList<>();
        double weightedSum = 0;
        double weights = 0;
        for (Dimension d : questionnaire.dimensions()) {
            Double score = dimension(d, answers);
            dimensions.add(new DimensionScore(d.code(), score == null ? null : round(score)));
            if (score != null) {
                weightedSum += d.weight() * score;
                weights += d.weight();
            }
        }
        return new Scores(dimensions, weights == 0 ? null : round(weightedSum / weights));
    }

    /** The level of an overall score: the last whose start is at most the score; the first when there is no score. */
    public static Level level(Questionnaire questionnaire, BigDecimal overall) {
        Level found = questionnaire.levels().get(0);
        if (overall == null) {
            return found;
        }
        for (Level l : questionnaire.levels()) {
            if (l.from().compareTo(overall) <= 0) {
                found = l;
            }
        }
        return found;
    }

    private static Double dimension(Dimension d, Map<String, String> answers) {
        double sum = 0;
        double weights = 0;
        for (Question q : d.questions()) {
            String answer = answers.get(q.code());
            if (answer == null || Question.NOT_RELEVANT.equals(answer)) {
                continue;
            }
            sum += q.weight() * fraction(q, answer);
            weights += q.weight();
        }
        return weights == 0 ? null : 100 * sum / weights;
    }

    /** Points over maximum, 0 to 1, for an answer already checked by {@link Answers}. */
    static double fraction(Question q, String answer) {
        double points = switch (q.type()) {
            case SINGLE, YES_NO -> q.option(answer).map(AnswerOption::score).orElseThrow();
            case MULTIPLE -> {
                int sum = 0;
                for (String code : answer.split(",")) {
                    sum += q.option(code).map(AnswerOption::score).orElseThrow();
                }
                yield Math.min(sum, q.maxPoints());
            }
            case SCALE -> new BigDecimal(answer).subtract(q.min()).doubleValue();
            case NUMBER -> {
                BigDecimal value = new BigDecimal(answer);
                int score = 0;
                for (Band b : q.bands()) {
                    if (b.from().compareTo(value) <= 0) {
                        score = b.score();
                    }
                }
                yield score;
            }
        };
        return points / q.maxPoints();
    }

    private static BigDecimal round(double score) {
        // through the shortest decimal of the double, so that 62.5 stays 62.5 before rounding
        return BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP);
    }
}
