package org.cybersudoe.web;

import java.security.Principal;
import java.util.Objects;

import org.cybersudoe.core.security.Caller;

/**
 * The principal of an authenticated REST request or SOAP call: what
 * {@code SecurityContext.getUserPrincipal()} returns on the platform's edge. Immutable.
 */
public final class CallerPrincipal implements Principal {

    private final Caller caller;

    /**
     * A principal for an authenticated caller.
     *
     * @param caller the caller; never null
     */
    public CallerPrincipal(Caller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /** The caller; never null. */
    public Caller caller() {
        return caller;
    }

    /** The caller's login; never null. */
    @Override
    public String getName() {
        return caller.login();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallerPrincipal that && caller.equals(that.caller);
    }

    @Override
    public int hashCode() {
        return caller.hashCode();
    }

    @Override
    public String toString() {
        return "CallerPrincipal[" + caller.login() + "]";
    }
}
