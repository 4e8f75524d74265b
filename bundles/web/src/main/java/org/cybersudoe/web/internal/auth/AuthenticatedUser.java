package org.cybersudoe.web.internal.auth;

import java.util.Objects;
import java.util.Set;

import org.cybersudoe.core.security.Caller;

/**
 * The outcome of a successful login.
 *
 * @param caller the platform caller; never null
 * @param roleNames every role name the realm gave, ours and Karaf's; never null
 */
public record AuthenticatedUser(Caller caller, Set<String> roleNames) {

    public AuthenticatedUser {
        Objects.requireNonNull(caller, "caller");
        roleNames = roleNames == null ? Set.of() : Set.copyOf(roleNames);
    }
}
