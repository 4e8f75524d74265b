package org.cybersudoe.network;

import java.time.LocalDate;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * The press release due before a physical meeting of the strategic steering committee.
 *
 * @param meetingId the meeting
 * @param committeeCode the committee; never null
 * @param meetingTitle never null
 * @param meetingDate the meeting's local date; never null
 * @param city where it takes place, or null
 * @param hostPartner the partner that hosts the meeting and issues the press release; never null
 * @param dueOn the meeting date less the configured lead days; never null
 * @param state on the day asked for; never null
 * @param sentOn when the press release was marked sent, or null
 * @param sentBy who marked it sent, or null
 */
public record PressReleaseReminder(long meetingId, String committeeCode, LocalizedText meetingTitle,
        LocalDate meetingDate, String city, String hostPartner, LocalDate dueOn, ReminderState state,
        LocalDate sentOn, String sentBy) {
}
