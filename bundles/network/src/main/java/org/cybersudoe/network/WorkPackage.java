package org.cybersudoe.network;

import java.math.BigDecimal;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A work package ("groupe de tâches") of the programme.
 *
 * @param code {@code GT0} to {@code GT6}; never null
 * @param name never null
 * @param budgetLines never null
 * @param budget the sum of the lines, euros; never null
 * @param copilots the codes of the structures that co-pilot it, sorted; never null
 */
public record WorkPackage(String code, LocalizedText name, List<BudgetLine> budgetLines, BigDecimal budget,
        List<String> copilots) {

    public WorkPackage {
        budgetLines = List.copyOf(budgetLines);
        copilots = List.copyOf(copilots);
    }
}
