package org.cybersudoe.engagement;

import org.cybersudoe.core.i18n.Language;

/**
 * RFC 5545 iCalendar documents of the published events (open, full, held and cancelled ones:
 * a cancelled event stays in feeds with STATUS:CANCELLED so that subscribed calendars drop it).
 * Public: no login. Texts are in {@code language} when the event offers it, else in its own.
 */
public interface CalendarService {

    /** One event as a calendar. */
    String event(long eventId, Language language);

    /** The events of one partner, of one theme, or (both null) of the whole network. */
    String feed(String partner, String theme, Language language);
}
