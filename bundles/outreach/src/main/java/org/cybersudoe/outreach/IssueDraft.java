package org.cybersudoe.outreach;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * An issue of the newsletter as written.
 *
 * @param number its number in the series (1 to 20 for the programme)
 * @param subject the e-mail subject per language
 * @param intro the opening text per language (plain text)
 * @param sections its sections, in order
 */
public record IssueDraft(int number, LocalizedText subject, LocalizedText intro, List<IssueSection> sections) {
    public IssueDraft {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
