package org.cybersudoe.web;

import java.security.Principal;
import java.util.Optional;

import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.security.Caller;

/**
 * Gives a JAX-RS resource the caller of the request it serves:
 *
 * <pre>{@code
 * @GET
 * public Page<PartnerDto> list(@Context SecurityContext security) {
 *     Caller caller = RestCallers.caller(security);
 *     ...
 * }
 * }</pre>
 */
public final class RestCallers {

    private RestCallers() {
    }

    /**
     * The authenticated caller of the current request.
     *
     * @param security the request's security context, as injected with {@code @Context}; may be null
     * @return the caller; never null
     * @throws UnauthenticatedException when the request carries no valid credentials, which
     *     only happens on {@link Anonymous} resources; answered as a 401 problem
     */
    public static Caller caller(SecurityContext security) {
        return callerIfAny(security).orElseThrow(
                () -> new UnauthenticatedException("This operation needs the credentials of a platform user."));
    }

    /**
     * The caller of the current request if it sent valid credentials, for {@link Anonymous}
     * resources that answer a signed-in user differently.
     *
     * @param security the request's security context, as injected with {@code @Context}; may be null
     * @return the caller, or empty for an anonymous request; never null
     */
    public static Optional<Caller> callerIfAny(SecurityContext security) {
        return principal(security);
    }

    /**
     * The caller of the current request, or {@link Caller#ANONYMOUS} when it sent no valid
     * credentials: for {@link Anonymous} resources whose services decide what anyone may do.
     */
    public static Caller callerOrAnonymous(SecurityContext security) {
        return principal(security).orElse(Caller.ANONYMOUS);
    }

    private static Optional<Caller> principal(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return Optional.of(principal.caller());
        }
        return Optional.empty();
    }

    /**
     * The security context the edge gives a resource called by {@code caller} over HTTP Basic: for
     * calling a resource method directly, outside a running server, as a bundle's own tests do.
     *
     * @param caller the authenticated caller; never null
     * @return an immutable context whose principal is a {@link CallerPrincipal} and whose roles are the caller's
     */
    public static SecurityContext securityContextOf(Caller caller) {
        CallerPrincipal principal = new CallerPrincipal(caller);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return caller.roles().stream().anyMatch(r -> r.roleName().equals(role));
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        };
    }
}
