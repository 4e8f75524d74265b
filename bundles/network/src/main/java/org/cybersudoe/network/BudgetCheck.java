package org.cybersudoe.network;

import java.math.BigDecimal;

/**
 * The programme's stated total against the sum of its budget lines. Financial figures use
 * the lines; a stated total that disagrees is reported here, never trusted.
 *
 * @param statedTotal the total as the programme states it, or null when it states none
 * @param sumOfLines the sum of every work package's lines; never null
 * @param difference stated total less the sum of lines; zero when no total is stated; never null
 * @param consistent true when the stated total equals the sum (or none is stated)
 * @param message an English sentence for people; never null
 */
public record BudgetCheck(BigDecimal statedTotal, BigDecimal sumOfLines, BigDecimal difference, boolean consistent,
        String message) {
}
