package org.cybersudoe.diagnostic;

import java.math.BigDecimal;

/**
 * A dimension's score, 0 to 100 with one decimal; null when all its questions were answered "not
 * relevant" (or were optional and left out).
 */
public record DimensionScore(String dimension, BigDecimal score) {
}
