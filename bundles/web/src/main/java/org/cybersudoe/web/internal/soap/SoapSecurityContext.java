package org.cybersudoe.web.internal.soap;

import java.security.Principal;

import org.apache.cxf.security.SecurityContext;
import org.cybersudoe.web.CallerPrincipal;
import org.cybersudoe.web.internal.auth.AuthenticatedUser;

/** The CXF security context of an authenticated SOAP call (what {@code WebServiceContext} reports). */
record SoapSecurityContext(AuthenticatedUser user) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return new CallerPrincipal(user.caller());
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.roleNames().contains(role);
    }
}
