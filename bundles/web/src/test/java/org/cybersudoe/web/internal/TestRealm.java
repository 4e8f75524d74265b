package org.cybersudoe.web.internal;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.internal.auth.AuthenticatedUser;
import org.cybersudoe.web.internal.auth.Authenticator;

/** A realm with two users, ana / s3cret, staff of partner FR01, and joao / s3gredo, staff of PT01. Counts logins. */
public final class TestRealm implements Authenticator {

    public static final String USER = "ana";
    public static final String PASSWORD = "s3cret";
    public static final String OTHER_USER = "joao";
    public static final String OTHER_PASSWORD = "s3gredo";

    /** The Authorization header of ana, and of joao. */
    public static final String USER_AUTHORIZATION = basic(USER, PASSWORD);
    public static final String OTHER_USER_AUTHORIZATION = basic(OTHER_USER, OTHER_PASSWORD);

    public final AtomicInteger logins = new AtomicInteger();

    @Override
    public Optional<AuthenticatedUser> authenticate(String user, String password) {
        logins.incrementAndGet();
        Set<String> roles;
        if (USER.equals(user) && PASSWORD.equals(password)) {
            roles = Set.of("partner-staff", "partner.FR01", "ssh");
        } else if (OTHER_USER.equals(user) && OTHER_PASSWORD.equals(password)) {
            roles = Set.of("partner-staff", "partner.PT01");
        } else {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(Caller.fromRoleNames(user, roles), roles));
    }

    public static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
