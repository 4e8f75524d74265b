package org.cybersudoe.network;

import java.util.Arrays;
import java.util.Optional;

/** Whether a person attended a meeting. */
public enum AttendanceStatus {
    PRESENT("present"), ABSENT("absent"), EXCUSED("excused");

    private final String code;

    AttendanceStatus(String code) {
        this.code = code;
    }

    /** The lower-case code used on every surface; never null. */
    public String code() {
        return code;
    }

    /** The status with this code, ignoring case; empty for anything else, never null. */
    public static Optional<AttendanceStatus> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
