package org.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A programme the network runs (CyberSudoe is the first) with its work packages.
 *
 * @param code the natural key ({@code cybersudoe}); never null
 * @param name never null
 * @param startsOn never null
 * @param endsOn never null
 * @param currency ISO 4217, {@code EUR}; never null
 * @param note what the data's source says about itself, or null
 * @param workPackages by code; never null
 * @param budgetCheck the stated total against the lines; never null
 */
public record Programme(String code, LocalizedText name, LocalDate startsOn, LocalDate endsOn, String currency,
        String note, List<WorkPackage> workPackages, BudgetCheck budgetCheck) {

    public Programme {
        workPackages = List.copyOf(workPackages);
    }
}
