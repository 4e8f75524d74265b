package org.cybersudoe.network;

import java.time.LocalDateTime;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What a client sends to schedule or update a meeting; fields as in {@link Meeting}. A
 * seminar needs a city and a country, a web conference a link. {@code durationMinutes} null
 * means 120 for a seminar and 90 for a web conference; {@code hostPartner} null means the
 * caller's partner; {@code agenda} may be null.
 */
public record MeetingDraft(String committeeCode, MeetingKind kind, LocalizedText title, LocalDateTime start,
        String timeZone, Integer durationMinutes, String hostPartner, String city, String venue, String country,
        String link, List<String> agenda) {

    public MeetingDraft {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
    }
}
