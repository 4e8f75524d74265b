package org.cybersudoe.benchmark;

import java.math.BigDecimal;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What a client sends to create or replace an evaluation sheet. Texts are given in the
 * sheet's language(s): at least the title in one language; the rest may be filled in before
 * the sheet is submitted. Lists may be null (taken as empty).
 *
 * @param owner the code of the network structure that ran the action and owns the sheet
 * @param country ISO 3166-1 alpha-2 country of the action, upper case: the owner's, since the owner ran it;
 *     taken from the owner when null, and another one is refused
 * @param title what the action is called
 * @param targetCompanies which companies it addressed
 * @param description what was done
 * @param themes codes of the toolbox themes it covers
 * @param sectors codes of the sector themes (kind {@code sector}) of the companies it addressed
 * @param method the code of its method (see {@link SheetService#methods})
 * @param costEuros what it cost, in euros, or null when unknown
 * @param reach how many companies it reached, or null when unknown
 * @param duration how long it ran or lasts ("2 half-days", "18 months")
 * @param results what came out of it
 * @param strengths what worked
 * @param weaknesses what did not
 * @param transferability how and where it could be reproduced
 */
public record SheetDraft(String owner, String country, LocalizedText title, LocalizedText targetCompanies,
        LocalizedText description, List<String> themes, List<String> sectors, String method, BigDecimal costEuros,
        Integer reach, LocalizedText duration, LocalizedText results, LocalizedText strengths,
        LocalizedText weaknesses, LocalizedText transferability) {

    public SheetDraft {
        themes = themes == null ? List.of() : List.copyOf(themes);
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
    }
}
