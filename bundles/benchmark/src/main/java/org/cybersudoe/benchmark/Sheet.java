package org.cybersudoe.benchmark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * An evaluation sheet of an inventoried awareness action or programme. Fields as in
 * {@link SheetDraft}; texts are never null (empty when not given), lists never null.
 *
 * @param id the sheet's number; positive
 * @param languages the languages the sheet is written in (those with a title); never null
 * @param status where it stands in the review; never null
 * @param createdBy the login that created it; never null
 * @param submittedAt when it was last submitted, or null
 * @param reviewedBy who last published or returned it, or null
 * @param reviewedAt when, or null
 * @param reviewComment the reviewer's last comment, or null
 * @param publishedAt when it was published, or null while it is not
 * @param version the optimistic-locking version to send back with an update
 */
public record Sheet(long id, String owner, String country, LocalizedText title, LocalizedText targetCompanies,
        LocalizedText description, List<String> themes, List<String> sectors, String method, BigDecimal costEuros,
        Integer reach, LocalizedText duration, LocalizedText results, LocalizedText strengths,
        LocalizedText weaknesses, LocalizedText transferability, Set<Language> languages, SheetStatus status,
        String createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt, String reviewedBy,
        Instant reviewedAt, String reviewComment, Instant publishedAt, long version) {

    public Sheet {
        themes = List.copyOf(themes);
        sectors = List.copyOf(sectors);
        languages = Set.copyOf(languages);
    }
}
