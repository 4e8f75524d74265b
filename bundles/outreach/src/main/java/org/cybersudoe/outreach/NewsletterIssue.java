package org.cybersudoe.outreach;

import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * An issue of the newsletter. Immutable.
 *
 * @param missingLanguages the languages some text of the issue lacks; a campaign needs none missing
 */
public record NewsletterIssue(long id, int number, LocalizedText subject, LocalizedText intro, List<IssueSection> sections,
        List<Language> missingLanguages, String createdBy, Instant updatedAt, long version) {
    public NewsletterIssue {
        sections = List.copyOf(sections);
        missingLanguages = List.copyOf(missingLanguages);
    }
}
