package org.cybersudoe.engagement;

import java.util.Optional;

/** A registration holds a place, waits for one, or was cancelled. */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED;

    public String code() {
        return Coded.code(this);
    }

    public static Optional<RegistrationStatus> fromCode(String code) {
        return Coded.fromCode(RegistrationStatus.class, code);
    }
}
