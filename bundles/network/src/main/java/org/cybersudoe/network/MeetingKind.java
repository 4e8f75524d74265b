package org.cybersudoe.network;

import java.util.Arrays;
import java.util.Optional;

/** How a committee meets. */
public enum MeetingKind {
    /** A physical seminar in a city, at a venue. */
    SEMINAR("seminar"),
    /** A web conference, at a link. */
    WEB_CONFERENCE("web-conference");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    /** The lower-case code used on every surface; never null. */
    public String code() {
        return code;
    }

    /** The kind with this code, ignoring case; empty for anything else, never null. */
    public static Optional<MeetingKind> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
