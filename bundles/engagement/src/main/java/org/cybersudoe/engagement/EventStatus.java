package org.cybersudoe.engagement;

import java.util.Optional;

/** The life of an event. FULL is not stored: an open event whose places are all taken shows it. */
public enum EventStatus {
    PLANNED, OPEN, FULL, HELD, CANCELLED;

    public String code() {
        return Coded.code(this);
    }

    public static Optional<EventStatus> fromCode(String code) {
        return Coded.fromCode(EventStatus.class, code);
    }
}
