package org.cybersudoe.web.internal.auth;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.cybersudoe.core.security.Role;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The JAAS login against a realm named karaf, as Karaf installs it, with Karaf's principal classes. */
public class JaasAuthenticatorTest {

    /** Knows one user, ana / s3cret, a partner admin of PT02. */
    public static final class OneUserModule implements LoginModule {
        private Subject subject;
        private CallbackHandler handler;
        private String user;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> state, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            NameCallback name = new NameCallback("user");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] {name, password});
            } catch (Exception e) {
                throw new LoginException(e.getMessage());
            }
            if (!"ana".equals(name.getName()) || !"s3cret".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("bad credentials");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            subject.getPrincipals().add(new UserPrincipal(user));
            subject.getPrincipals().add(new RolePrincipal("partner-admin"));
            subject.getPrincipals().add(new RolePrincipal("partner.PT02"));
            subject.getPrincipals().add(new RolePrincipal("ssh"));
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    private Configuration previous;

    @Before
    public void installRealm() {
        try {
            previous = Configuration.getConfiguration();
        } catch (SecurityException none) {
            previous = null;
        }
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return JaasAuthenticator.REALM.equals(name) ? new AppConfigurationEntry[] {new AppConfigurationEntry(
                        OneUserModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, Map.of())}
                        : null;
            }
        });
    }

    @After
    public void restore() {
        Configuration.setConfiguration(previous);
    }

    @Test
    public void aValidLoginGivesTheCallerWithRolesAndPartner() {
        Optional<AuthenticatedUser> user = new JaasAuthenticator(JaasAuthenticator.REALM).authenticate("ana", "s3cret");
        assertTrue(user.isPresent());
        assertEquals("ana", user.get().caller().login());
        assertTrue(user.get().caller().has(Role.PARTNER_ADMIN));
        assertEquals(Optional.of("PT02"), user.get().caller().partnerCode());
        assertTrue(user.get().roleNames().contains("ssh"));
    }

    @Test
    public void aWrongPasswordOrAnUnknownRealmGivesNothing() {
        assertFalse(new JaasAuthenticator(JaasAuthenticator.REALM).authenticate("ana", "nope").isPresent());
        assertFalse(new JaasAuthenticator("other").authenticate("ana", "s3cret").isPresent());
    }

    @Test
    public void theCallersContextClassLoaderIsRestored() {
        ClassLoader mine = new ClassLoader(null) { };
        Thread.currentThread().setContextClassLoader(mine);
        try {
            assertTrue(new JaasAuthenticator(JaasAuthenticator.REALM).authenticate("ana", "s3cret").isPresent());
            assertEquals(mine, Thread.currentThread().getContextClassLoader());
        } finally {
            Thread.currentThread().setContextClassLoader(JaasAuthenticatorTest.class.getClassLoader());
        }
    }
}
