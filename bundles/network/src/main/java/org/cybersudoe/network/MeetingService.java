package org.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Committee meetings (physical seminars and web conferences) with agenda, attendance,
 * minutes and decisions, and the press-release reminders of the steering committee.
 *
 * <p>Scope rule: a meeting belongs to its host partner. Scheduling needs change rights on
 * the host; the host's staff and admins change the meeting, its attendance, minutes and
 * decisions, and mark its press release sent. Everyone with network read access reads.
 */
@ProviderType
public interface MeetingService {

    /** The code of the committee whose physical meetings get a press release. */
    String STEERING_COMMITTEE = "steering";

    /** The properties {@link #list} sorts by. */
    List<String> SORTABLE = List.of("start", "committee", "kind");

    /** A page of meetings matching the query, by start unless sorted otherwise. Needs read access. Never null. */
    Page<Meeting> list(Caller caller, MeetingQuery query, PageRequest page);

    /**
     * The meeting with this id. Needs read access.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null
     */
    Meeting get(Caller caller, long id);

    /**
     * Schedules a meeting. Needs change rights on the host partner; a committee that
     * already meets at that instant is a {@link org.cybersudoe.core.error.ConflictException}.
     * Never null.
     */
    Meeting schedule(Caller caller, MeetingDraft draft);

    /**
     * Replaces a meeting's schedule data (not its attendance, minutes or decisions). Needs
     * change rights on the current host (and the new one if it changes); a stale
     * {@code expectedVersion} is a {@link org.cybersudoe.core.error.ConflictException}. Never null.
     */
    Meeting update(Caller caller, long id, long expectedVersion, MeetingDraft draft);

    /**
     * Records attendance: each entry sets one person's status, other people keep theirs.
     * All entries are checked before any is stored. Needs change rights on the host. A change
     * raises the meeting's version; entries that change nothing keep it. Never null.
     */
    Meeting recordAttendance(Caller caller, long id, List<AttendanceEntry> entries);

    /**
     * Stores the meeting's minutes, replacing earlier ones, which raises the meeting's version.
     * Needs change rights on the host. A stale {@code expectedVersion} is a
     * {@link org.cybersudoe.core.error.ConflictException}, unless the meeting already holds
     * these minutes: then nothing is written and the meeting is returned as it is. Never null.
     */
    Meeting setMinutes(Caller caller, long id, long expectedVersion, String minutes);

    /**
     * Adds a decision numbered after the last one ({@code decidedOn} null means the meeting's
     * date), which raises the meeting's version. Needs change rights on the host. Never null.
     */
    Meeting addDecision(Caller caller, long id, String text, LocalDate decidedOn);

    /**
     * The press-release reminders of the steering committee's physical meetings that have not
     * taken place as of {@code asOf}, each with its state that day, by due date. A reminder
     * falls due the configured number of days (15 by default) before its meeting. Needs read
     * access. Never null.
     */
    List<PressReleaseReminder> reminders(Caller caller, LocalDate asOf);

    /**
     * Marks a steering meeting's press release sent on {@code sentOn} (today when null); the
     * reminder is then {@link ReminderState#DONE}. Needs change rights on the host. Never null.
     */
    PressReleaseReminder markPressReleaseSent(Caller caller, long meetingId, LocalDate sentOn);
}
