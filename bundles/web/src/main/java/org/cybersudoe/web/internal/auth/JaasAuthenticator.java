package org.cybersudoe.web.internal.auth;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.cybersudoe.core.security.JaasCallers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs in against a JAAS realm, in Karaf the global {@code karaf} realm. */
public final class JaasAuthenticator implements Authenticator {

    /** The platform's one realm. */
    public static final String REALM = "karaf";

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private final String realm;

    public JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // LoginContext loads the configured module class (Karaf's ProxyLoginModule) through the
        // context class loader; a CXF worker thread may carry one that cannot see it.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            new LoginContext(realm, subject, callbacks -> answer(callbacks, user, password)).login();
        } catch (LoginException | SecurityException e) {
            LOG.debug("Login refused for user '{}' in realm '{}': {}", user, realm, e.getMessage());
            return Optional.empty();
        } finally {
            thread.setContextClassLoader(previous);
        }
        Set<String> roles = new LinkedHashSet<>();
        for (Principal principal : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(principal.getName());
        }
        return JaasCallers.fromSubject(subject).map(caller -> new AuthenticatedUser(caller, roles));
    }

    private static void answer(Callback[] callbacks, String user, String password) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(user);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
