package org.cybersudoe.network;

import java.util.Arrays;
import java.util.Optional;

/** How a support structure belongs to the network. */
public enum MembershipStatus {
    /** A partner of the programme: has a budget and a seat in both committees. */
    PARTNER("partner"),
    /** An associated structure: takes part in the work without a budget. */
    ASSOCIATED("associated"),
    /** An informed structure: receives the network's information and may use its tools. */
    INFORMED("informed");

    private final String code;

    MembershipStatus(String code) {
        this.code = code;
    }

    /** The lower-case code used on every surface ({@code partner}, ...); never null. */
    public String code() {
        return code;
    }

    /** The status with this code, ignoring case; empty for anything else, never null. */
    public static Optional<MembershipStatus> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
