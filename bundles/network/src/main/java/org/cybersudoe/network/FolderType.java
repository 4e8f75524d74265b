package org.cybersudoe.network;

import java.util.Arrays;
import java.util.Optional;

/** What a shared folder belongs to. */
public enum FolderType {
    /** A committee's folder; the folder code is the committee's code. */
    COMMITTEE("committee"),
    /** A work package's folder; the folder code is the work package's code ({@code GT3}). */
    WORK_PACKAGE("work-package");

    private final String code;

    FolderType(String code) {
        this.code = code;
    }

    /** The lower-case code used on every surface; never null. */
    public String code() {
        return code;
    }

    /** The type with this code, ignoring case; empty for anything else, never null. */
    public static Optional<FolderType> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(k -> k.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
