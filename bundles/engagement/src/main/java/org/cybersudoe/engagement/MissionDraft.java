package org.cybersudoe.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;

/**
 * A technical-assistance mission as the partner plans it.
 *
 * @param companyId the company, in the outreach directory
 * @param consultant who carries it out
 * @param consultantDays the days charged, in halves (1, 1.5, 2...)
 * @param language the company's language: the report is written in it
 */
public record MissionDraft(Long companyId, String partner, String consultant, LocalDate start, LocalDate end,
        BigDecimal consultantDays, Set<String> themes, Language language) {

    public MissionDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }
}
