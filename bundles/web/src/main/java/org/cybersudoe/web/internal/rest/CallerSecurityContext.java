package org.cybersudoe.web.internal.rest;

import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.web.CallerPrincipal;
import org.cybersudoe.web.internal.auth.AuthenticatedUser;

/** The security context of an authenticated request. */
record CallerSecurityContext(AuthenticatedUser user, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return new CallerPrincipal(user.caller());
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.roleNames().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return SecurityContext.BASIC_AUTH;
    }
}
