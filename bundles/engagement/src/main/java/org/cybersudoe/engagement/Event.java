package org.cybersudoe.engagement;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * An awareness event.
 *
 * @param uid the iCalendar UID, stable for the life of the event
 * @param confirmed registrations holding a place
 * @param waiting registrations on the waiting list
 * @param companiesAttended distinct companies checked in
 * @param underAttended held with fewer companies than the programme's minimum (15 by default)
 * @param sequence the iCalendar SEQUENCE: grows with each change attendees should see
 */
public record Event(long id, String uid, String partner, Set<String> themes, Language language, Set<Language> languages,
        LocalizedText title, LocalizedText description, EventFormat format, Venue venue, String onlineLink, ZonedDateTime start,
        ZonedDateTime end, int capacity, int confirmed, int waiting, int companiesAttended, EventStatus status,
        boolean underAttended, int sequence, Instant updatedAt, long version) {

    public Event {
        themes = Set.copyOf(themes);
        languages = Set.copyOf(languages);
    }
}
