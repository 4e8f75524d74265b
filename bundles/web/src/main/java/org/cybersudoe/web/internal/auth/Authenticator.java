package org.cybersudoe.web.internal.auth;

import java.util.Optional;

/** Checks a user name and password; shared by the REST filter and the SOAP interceptor. */
public interface Authenticator {

    /**
     * The user, if the credentials are valid; empty otherwise. Never throws for bad
     * credentials and never logs the password.
     */
    Optional<AuthenticatedUser> authenticate(String user, String password);
}
