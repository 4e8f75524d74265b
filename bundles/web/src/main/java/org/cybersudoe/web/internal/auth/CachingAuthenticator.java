package org.cybersudoe.web.internal.auth;

import java.util.Optional;

import org.cybersudoe.core.security.AccountEvents;
import org.cybersudoe.web.internal.WebConfig;
import org.cybersudoe.web.internal.WebSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The edge's one authenticator: the {@code karaf} realm behind a short cache, which forgets an
 * account as soon as its password or roles change.
 */
@Component(service = {Authenticator.class, EventHandler.class}, configurationPid = WebConfig.PID,
        property = EventConstants.EVENT_TOPIC + "=" + AccountEvents.CHANGED_TOPIC)
public final class CachingAuthenticator implements Authenticator, EventHandler {

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
    public void handleEvent(Event event) {
        if (event.getProperty(AccountEvents.LOGIN) instanceof String login) {
            cache.forget(login);
        }
    }

    @Override
    public Optional<AuthenticatedUser> authenticate(String user, String password) {
        return cache.authenticate(user, password);
    }
}
