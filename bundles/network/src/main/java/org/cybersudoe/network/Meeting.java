package org.cybersudoe.network;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A meeting of a committee. Owned by its host partner: the host's staff (and admins) change
 * it, record attendance, minutes and decisions.
 *
 * @param id the platform's id; positive
 * @param committeeCode the committee that meets; never null
 * @param kind seminar or web conference; never null
 * @param title never null, never empty
 * @param start the local date and time it starts, in {@link #timeZone()}; never null
 * @param timeZone the IANA time zone of {@code start} ({@code Europe/Paris}); never null
 * @param durationMinutes how long it lasts; positive
 * @param hostPartner the code of the hosting structure, its owner; never null
 * @param city the city of a seminar; null for a web conference
 * @param venue the venue of a seminar, or null
 * @param country the ISO country of a seminar; null for a web conference
 * @param link the web conference's URL; null for a seminar unless it is also streamed
 * @param agenda the agenda items in order; never null
 * @param attendance who was present, absent or excused; never null
 * @param minutes the minutes, or null before they are written
 * @param decisions the decisions, numbered from 1; never null
 * @param version the optimistic-locking version to send back with an update
 */
public record Meeting(long id, String committeeCode, MeetingKind kind, LocalizedText title, LocalDateTime start,
        String timeZone, int durationMinutes, String hostPartner, String city, String venue, String country,
        String link, List<String> agenda, List<Attendance> attendance, String minutes, List<Decision> decisions,
        long version) {

    public Meeting {
        agenda = List.copyOf(agenda);
        attendance = List.copyOf(attendance);
        decisions = List.copyOf(decisions);
    }

    /** The start as an instant in its zone; never null. */
    public ZonedDateTime startInZone() {
        return start.atZone(ZoneId.of(timeZone));
    }
}
