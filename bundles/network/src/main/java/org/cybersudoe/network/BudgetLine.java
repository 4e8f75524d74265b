package org.cybersudoe.network;

import java.math.BigDecimal;

/**
 * One line of a work package's budget.
 *
 * @param label what the money is for; never null
 * @param amount euros; never null, not negative
 */
public record BudgetLine(String label, BigDecimal amount) {
}
