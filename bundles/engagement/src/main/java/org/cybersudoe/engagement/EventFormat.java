package org.cybersudoe.engagement;

import java.util.Optional;

/** Where an event takes place. */
public enum EventFormat {
    PHYSICAL, ONLINE;

    public String code() {
        return Coded.code(this);
    }

    public static Optional<EventFormat> fromCode(String code) {
        return Coded.fromCode(EventFormat.class, code);
    }
}
