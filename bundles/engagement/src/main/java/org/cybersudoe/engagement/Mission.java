package org.cybersudoe.engagement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;

/** A technical-assistance mission. {@code companyName} is the directory's at the time of writing. */
public record Mission(long id, long companyId, String companyName, String partner, String consultant, LocalDate start,
        LocalDate end, BigDecimal consultantDays, Set<String> themes, Language language, MissionStatus status,
        ReportStatus reportStatus, Instant updatedAt, long version) {

    public Mission {
        themes = Set.copyOf(themes);
    }
}
