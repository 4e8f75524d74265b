package org.cybersudoe.benchmark;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an evaluation sheet stands in its review. The workflow is the programme's rule, so it
 * is code; the methods, themes and partners a sheet refers to are data.
 */
public enum SheetStatus {
    /** Being written by its partner; only that partner (and admins) see it. */
    DRAFT("draft"),
    /** Sent to the technical committee for review; its partner can no longer change it. */
    SUBMITTED("submitted"),
    /** Sent back by a reviewer with comments; its partner changes it and submits it again. */
    RETURNED("returned"),
    /** Accepted by a reviewer: readable by the whole network and over SOAP. */
    PUBLISHED("published");

    private final String code;

    SheetStatus(String code) {
        this.code = code;
    }

    /** The lower-case code used on every surface; never null. */
    public String code() {
        return code;
    }

    /** The status with this code, if any; never null. */
    public static Optional<SheetStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
