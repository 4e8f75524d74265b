package org.cybersudoe.diagnostic;

import java.math.BigDecimal;
import java.util.List;

/**
 * A submitted assessment's scores, level and recommendations. The scores are those stored at
 * submission; the recommendations are chosen when asked (resources and events change).
 */
public record AssessmentResult(Assessment assessment, Questionnaire questionnaire, BigDecimal overall, Level level,
        List<DimensionScore> dimensions, List<Recommendation> recommendations) {

    public AssessmentResult {
        dimensions = List.copyOf(dimensions);
        recommendations = List.copyOf(recommendations);
    }
}
