package org.cybersudoe.diagnostic;

import java.math.BigDecimal;

/** A range of a number question's answers, from {@code from} up to the next band's start, and its score. */
public record Band(BigDecimal from, int score) {
}
