package org.cybersudoe.diagnostic;

import java.math.BigDecimal;
import java.util.List;

/**
 * Where an assessment stands among the companies of each of its cohorts: per dimension (and
 * {@value #OVERALL}), the percentile rank of its score. A figure whose cohort has fewer companies
 * than the configured minimum is withheld (null), whoever asks.
 */
public record PeerPosition(long assessmentId, String questionnaire, int minimumCohort, List<Cohort> cohorts) {

    /** The pseudo-dimension of the overall score. */
    public static final String OVERALL = "overall";

    public PeerPosition {
        cohorts = List.copyOf(cohorts);
    }

    /**
     * @param key the cohort's value (sector division, size class, region, country; "all" for the network); null when unknown
     * @param companies how many companies the cohort has; null when withheld as too small
     */
    public record Cohort(CohortKind kind, String key, Integer companies, boolean withheld, List<Percentile> percentiles) {
        public Cohort {
            percentiles = List.copyOf(percentiles);
        }
    }

    /**
     * @param percentile the share of the cohort's companies scoring lower (ties count half), 0 to 100; null when withheld
     */
    public record Percentile(String dimension, BigDecimal score, BigDecimal percentile, boolean withheld) {
    }
}
