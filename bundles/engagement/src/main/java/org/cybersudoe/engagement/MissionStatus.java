package org.cybersudoe.engagement;

import java.util.Optional;

/** The life of a technical-assistance mission; REPORTED once its report is signed off. */
public enum MissionStatus {
    REQUESTED, PLANNED, DONE, REPORTED;

    public String code() {
        return Coded.code(this);
    }

    public static Optional<MissionStatus> fromCode(String code) {
        return Coded.fromCode(MissionStatus.class, code);
    }
}
