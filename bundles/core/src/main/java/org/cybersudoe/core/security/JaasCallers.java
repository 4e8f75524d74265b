package org.cybersudoe.core.security;

import java.security.AccessController;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Turns the JAAS subject of a Karaf shell session or a login into a {@link Caller}. */
public final class JaasCallers {

    private JaasCallers() {
    }

    /** The caller for a JAAS subject; empty when it holds no user principal. */
    public static Optional<Caller> fromSubject(Subject subject) {
        if (subject == null) {
            return Optional.empty();
        }
        String login = null;
        List<String> roles = new ArrayList<>();
        for (Principal principal : subject.getPrincipals()) {
            if (principal instanceof UserPrincipal) {
                login = principal.getName();
            } else if (principal instanceof RolePrincipal) {
                roles.add(principal.getName());
            }
        }
        return login == null ? Optional.empty() : Optional.of(Caller.fromRoleNames(login, roles));
    }

    /**
     * The caller of the current shell command, read from the subject Karaf runs it under;
     * empty outside an authenticated session.
     */
    @SuppressWarnings("removal")
    public static Optional<Caller> current() {
        return fromSubject(Subject.getSubject(AccessController.getContext()));
    }
}
