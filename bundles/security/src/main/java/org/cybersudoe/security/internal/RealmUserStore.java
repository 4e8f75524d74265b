package org.cybersudoe.security.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reaches the user store behind the platform realm ({@code karaf}), the same way Karaf's own
 * {@code jaas:*} commands do: the realm's login-module entry names its module, and the
 * backing-engine factory for that module edits the store with the realm's own options (so
 * the realm's password hashing applies).
 */
@Component(service = RealmUserStore.class, immediate = true)
public class RealmUserStore {

    static final String REALM = "karaf";

    private static final Logger LOG = LoggerFactory.getLogger(RealmUserStore.class);

    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();
    private final List<BackingEngineFactory> factories = new CopyOnWriteArrayList<>();
    private final AtomicBoolean adminEnsured = new AtomicBoolean();

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC)
    void addRealm(JaasRealm realm) {
        realms.add(realm);
        ensureAdminWhenReachable();
    }

    void removeRealm(JaasRealm realm) {
        realms.remove(realm);
    }

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policy = ReferencePolicy.DYNAMIC)
    void addFactory(BackingEngineFactory factory) {
        factories.add(factory);
        ensureAdminWhenReachable();
    }

    /**
     * The realm and the factory of its store arrive in any order at boot: the first
     * administrator is created as soon as both are here, once.
     */
    private void ensureAdminWhenReachable() {
        Optional<BackingEngine> engine = tryEngine();
        if (engine.isPresent() && adminEnsured.compareAndSet(false, true)) {
            try {
                AdminBootstrap.ensureAdmin(engine.get(), System::getenv, Path.of(System.getProperty("karaf.data", "data")));
            } catch (RuntimeException e) {
                adminEnsured.set(false);
                LOG.error("Could not create the first administrator: {}", e.getMessage(), e);
            }
        }
    }

    void removeFactory(BackingEngineFactory factory) {
        factories.remove(factory);
    }

    /**
     * A fresh engine over the realm's editable store (it reads the store when built, so each
     * operation sees the latest accounts).
     *
     * @throws IllegalStateException when the realm or its engine is not available yet
     */
    public BackingEngine engine() {
        return tryEngine().orElseThrow(() -> new IllegalStateException(
                "The user store of the JAAS realm '" + REALM + "' is not available yet"));
    }

    private Optional<BackingEngine> tryEngine() {
        Optional<JaasRealm> realm = realms.stream().filter(r -> REALM.equals(r.getName()))
                .max((a, b) -> Integer.compare(a.getRank(), b.getRank()));
        if (realm.isEmpty()) {
            return Optional.empty();
        }
        for (AppConfigurationEntry entry : realm.get().getEntries()) {
            // Karaf wraps each module in its proxy module and names the real one in an option.
            Object module = entry.getOptions().get(ProxyLoginModule.PROPERTY_MODULE);
            if (module == null) {
                module = entry.getLoginModuleName();
            }
            for (BackingEngineFactory factory : factories) {
                if (factory.getModuleClass().equals(module)) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> options = (Map<String, ?>) entry.getOptions();
                    return Optional.of(factory.build(options));
                }
            }
        }
        return Optional.empty();
    }
}
