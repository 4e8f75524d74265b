package org.cybersudoe.core.security;

/**
 * The event (OSGi Event Admin) sent when an account's credentials or roles change, so that
 * whoever remembers logins (the web edge's login cache) forgets that account at once.
 */
public final class AccountEvents {

    /** Sent synchronously after the change is stored. */
    public static final String CHANGED_TOPIC = "org/cybersudoe/security/ACCOUNT_CHANGED";

    /** The event property holding the login whose account changed. */
    public static final String LOGIN = "login";

    private AccountEvents() {
    }
}
