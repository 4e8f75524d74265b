package org.cybersudoe.engagement.internal.mail;

/** What a message to a registrant says; its texts are {@code mail.<code>.*} in the area's catalog. */
public enum MailKind {
    /** A place is held; carries the event (.ics) and the cancellation link. */
    CONFIRMED(true),
    /** On the waiting list, with the position; carries the cancellation link. */
    WAITING(false),
    /** A place freed up and is now the registrant's. */
    PROMOTED(true),
    /** The registration was cancelled, as asked. */
    CANCELLED(false),
    /** The event's time or place changed; carries the updated event. */
    EVENT_CHANGED(true),
    /** The partner cancelled the event; carries it with STATUS:CANCELLED. */
    EVENT_CANCELLED(true),
    /** The event is near. */
    REMINDER(true);

    private final boolean withCalendar;

    MailKind(boolean withCalendar) {
        this.withCalendar = withCalendar;
    }

    public boolean withCalendar() {
        return withCalendar;
    }

    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
