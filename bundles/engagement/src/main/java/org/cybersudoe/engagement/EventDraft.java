package org.cybersudoe.engagement;

import java.time.LocalDateTime;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What a partner says about an event it holds. Exactly one of {@code venue} (physical) and
 * {@code onlineLink} (online) is given. Start and end are wall-clock times in {@code timeZone}
 * (an IANA zone such as Europe/Paris). The title and description are needed in every language
 * the event offers before it opens.
 *
 * @param language the language the event is held in, one of {@code languages}
 * @param languages the languages the event is announced in
 */
public record EventDraft(String partner, Set<String> themes, Language language, Set<Language> languages, LocalizedText title,
        LocalizedText description, Venue venue, String onlineLink, LocalDateTime start, LocalDateTime end, String timeZone,
        Integer capacity) {

    public EventDraft {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
