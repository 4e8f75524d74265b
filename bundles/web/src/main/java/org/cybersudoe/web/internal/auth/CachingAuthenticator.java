package org.cybersudoe.web.internal.auth;

import java.util.Optional;

import org.cybersudoe.web.internal.WebConfig;
import org.cybersudoe.web.internal.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/** The edge's one authenticator: the {@code karaf} realm behind a short cache. */
@Component(service = Authenticator.class, configurationPid = WebConfig.PID)
public final class CachingAuthenticator implements Authenticator {

    private static final int MAX_CACHED_LOGINS = 1000;

    private final AuthCache cache;

    @Activate
    public CachingAuthenticator(WebConfig config) {
        this.cache = new AuthCache(new JaasAuthenticator(JaasAuthenticator.REALM),
                WebSettings.of(config).authCache(), MAX_CACHED_LOGINS, System::nanoTime);
    }

    @Modified
    void modified(WebConfig config) {
        cache.setTtl(WebSettings.of(config).authCache());
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String user, String password) {
        return cache.authenticate(user, password);
    }
}
