package org.cybersudoe.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

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
 *
 * <p>Changes go through {@link #edit(Function)}: a file store ({@code etc/users.properties}) is
 * edited in a draft copy and the draft replaces the file in one atomic rename, so a login, or
 * Karaf's password auto-encryption watching the file, never reads a half-written file, and an
 * account appears with its group and partner at once.
 */
@Component(service = RealmUserStore.class, immediate = true)
public class RealmUserStore {

    static final String REALM = "karaf";

    /** The login-module option that names a properties realm's file (Karaf's PropertiesLoginModule.USER_FILE). */
    static final String USERS_FILE_OPTION = "users";

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
                edit(store -> AdminBootstrap.ensureAdmin(store, System::getenv, Path.of(System.getProperty("karaf.data", "data"))));
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
     * A fresh engine over the realm's store, for reading (it reads the store when built, so
     * each call sees the latest accounts). Change accounts with {@link #edit(Function)}.
     *
     * @throws IllegalStateException when the realm or its engine is not available yet
     */
    public BackingEngine engine() {
        return tryEngine().orElseThrow(RealmUserStore::notAvailable);
    }

    /**
     * Runs {@code change} on an engine over the store and publishes all its writes at once;
     * one change at a time. When {@code change} throws, the store is left as it was.
     *
     * @throws IllegalStateException when the realm or its engine is not available yet
     */
    public synchronized <T> T edit(Function<BackingEngine, T> change) {
        Store store = tryStore().orElseThrow(RealmUserStore::notAvailable);
        Object usersFile = store.options().get(USERS_FILE_OPTION);
        if (usersFile == null) {
            // not a file store (LDAP, JDBC, ...): its engine writes through on its own
            return change.apply(store.factory().build(store.options()));
        }
        Path file = Path.of(usersFile.toString());
        Path draft = file.resolveSibling("." + file.getFileName() + ".draft");
        try {
            Files.copy(file, draft, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Map<String, Object> draftOptions = new HashMap<>(store.options());
            draftOptions.put(USERS_FILE_OPTION, draft.toString());
            T result = change.apply(store.factory().build(draftOptions));
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the user store " + file + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(draft);
            } catch (IOException e) {
                LOG.warn("Could not remove the draft {}: {}", draft, e.getMessage());
            }
        }
    }

    private static IllegalStateException notAvailable() {
        return new IllegalStateException("The user store of the JAAS realm '" + REALM + "' is not available yet");
    }

    private Optional<BackingEngine> tryEngine() {
        return tryStore().map(store -> store.factory().build(store.options()));
    }

    /** The realm's login-module options and the engine factory for its module. */
    private record Store(BackingEngineFactory factory, Map<String, ?> options) {
    }

    private Optional<Store> tryStore() {
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
                    return Optional.of(new Store(factory, options));
                }
            }
        }
        return Optional.empty();
    }
}
