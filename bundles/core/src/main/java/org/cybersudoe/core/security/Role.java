package org.cybersudoe.core.security;

import java.util.Arrays;
import java.util.Optional;

/** The platform's roles, as named in the JAAS realm. */
public enum Role {
    /** The lead partner's administrators: read and change everything. */
    ADMIN("admin"),
    /** A partner's administrators: change their own partner's records and its people. */
    PARTNER_ADMIN("partner-admin"),
    /** A partner's staff: read network-wide data, change their own partner's records. */
    PARTNER_STAFF("partner-staff"),
    /** Evaluators: read everything, change nothing. */
    EVALUATOR("evaluator"),
    /** A company that is a member of the portal: its own data only. */
    COMPANY("company");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in the realm, for example {@code partner-admin}; never null. */
    public String roleName() {
        return roleName;
    }

    /** The role with this realm name, if it is one of ours. */
    public static Optional<Role> fromRoleName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }
}
