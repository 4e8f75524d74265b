package org.cybersudoe.outreach;

import java.util.Optional;

/** Where an import stands. */
public enum ImportStatus {
    /** Rows are being read; the counts grow with every batch committed. */
    RUNNING("running"),
    /** Every row was read: good rows are in, bad ones reported. */
    DONE("done"),
    /** It stopped on a failure (or the server stopped); running it again completes it. */
    FAILED("failed");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ImportStatus> fromCode(String code) {
        for (ImportStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
