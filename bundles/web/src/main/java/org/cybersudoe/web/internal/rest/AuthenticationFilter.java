package org.cybersudoe.web.internal.rest;

import java.util.Optional;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.web.internal.auth.AuthenticatedUser;
import org.cybersudoe.web.internal.auth.Authenticator;
import org.cybersudoe.web.internal.auth.BasicCredentials;
import org.cybersudoe.web.internal.problem.Problems;

/**
 * HTTP Basic authentication of every REST request against the platform's realm. Runs after
 * matching, so that it knows whether the resource method is {@link org.cybersudoe.web.Anonymous}:
 * unknown paths answer 404 whether or not credentials were sent.
 */
@Priority(Priorities.AUTHENTICATION)
final class AuthenticationFilter implements ContainerRequestFilter {

    private final Authenticator authenticator;
    private final Problems problems;
    private final Anonymity anonymity = new Anonymity();

    @Context
    private ResourceInfo resourceInfo;

    AuthenticationFilter(Authenticator authenticator, Problems problems) {
        this.authenticator = authenticator;
        this.problems = problems;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean anonymous = anonymity.isAnonymous(resourceInfo.getResourceClass(), resourceInfo.getResourceMethod());
        Optional<BasicCredentials> credentials = BasicCredentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        Optional<AuthenticatedUser> user = credentials.flatMap(c -> authenticator.authenticate(c.user(), c.password()));
        if (user.isPresent()) {
            SecurityContext original = request.getSecurityContext();
            request.setSecurityContext(new CallerSecurityContext(user.get(), original != null && original.isSecure()));
        } else if (!anonymous) {
            request.abortWith(RequestProblems.toResponse(problems.unauthenticated(
                    credentials.isPresent() ? "credentials-invalid" : "credentials-missing",
                    RequestProblems.language(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                    request.getUriInfo().getRequestUri().getRawPath())));
        }
    }
}
