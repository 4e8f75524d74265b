package org.cybersudoe.network;

/** Where a press-release reminder stands on a given day. */
public enum ReminderState {
    /** Its due date is still ahead. */
    UPCOMING,
    /** It falls due that very day. */
    DUE,
    /** Its due date has passed and the press release is not marked sent. */
    OVERDUE,
    /** The press release is marked sent. */
    DONE
}
