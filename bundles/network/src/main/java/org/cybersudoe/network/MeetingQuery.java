package org.cybersudoe.network;

import java.time.LocalDate;

/**
 * Filters of a meeting list; a null field does not filter.
 *
 * @param committeeCode only meetings of this committee
 * @param kind only seminars or only web conferences
 * @param from only meetings starting on or after this day (in their own zone)
 * @param to only meetings starting on or before this day (in their own zone)
 */
public record MeetingQuery(String committeeCode, MeetingKind kind, LocalDate from, LocalDate to) {

    /** No filter. */
    public static MeetingQuery all() {
        return new MeetingQuery(null, null, null, null);
    }
}
