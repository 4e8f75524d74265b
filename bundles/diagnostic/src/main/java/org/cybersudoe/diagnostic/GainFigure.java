package org.cybersudoe.diagnostic;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The average gain of assisted companies: over every company assessed before (T0) and after (T1)
 * the same mission or event, the mean of after minus before. Withheld (no figures) when there are
 * fewer pairs than the minimum cohort.
 *
 * @param subject the kind of support counted; null for both
 * @param byDimension mean gain per dimension, over the pairs where both assessments scored it
 */
public record GainFigure(String questionnaire, Milestone.Subject subject, int pairs, boolean withheld, BigDecimal overall,
        Map<String, BigDecimal> byDimension) {

    public GainFigure {
        byDimension = Map.copyOf(byDimension);
    }
}
