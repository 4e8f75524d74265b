package org.cybersudoe.persistence.internal;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.cybersudoe.core.persistence.SchemaMigrator;
import org.cybersudoe.core.persistence.SchemaMigrator.MigrationResult;
import org.cybersudoe.persistence.SchemaMigrations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrations on a background thread, one run per area and version of its bundle. Every
 * bundle whose manifest says {@code CyberSudoe-Schema: <area>} is migrated as soon as it is
 * resolved, usually long before it is started, so the areas' schemas are ready by the time
 * their database components ask for them.
 *
 * <p>One thread, so that two areas' migrations never run at once: Derby's DDL in two transactions
 * can wait on each other's catalog locks in a way its deadlock detection does not see, and one
 * of them then fails after the 60 s lock timeout, leaving its area down (a first start did so,
 * with the outreach and toolbox migrations side by side). Run one after the other they cost the
 * boot no more CPU, and the boot is CPU-bound.
 */
@Component(service = SchemaMigrations.class, immediate = true)
public class BackgroundSchemaMigrations implements SchemaMigrations {

    /** The manifest header naming the area whose scripts a bundle carries. */
    public static final String HEADER = "CyberSudoe-Schema";

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSchemaMigrations.class);

    private final DataSource dataSource;
    private final SchemaMigrator migrator;
    private final ExecutorService executor;
    private final Map<String, CompletableFuture<MigrationResult>> runs = new ConcurrentHashMap<>();
    private final BundleTracker<String> areas;

    @Activate
    public BackgroundSchemaMigrations(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=cybersudoe)") DataSource dataSource,
            @Reference SchemaMigrator migrator) {
        this.dataSource = dataSource;
        this.migrator = migrator;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cybersudoe-schema");
            t.setDaemon(true);
            return t;
        });
        this.areas = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public String addingBundle(Bundle bundle, BundleEvent event) {
                String area = bundle.getHeaders().get(HEADER);
                if (area == null || area.isBlank()) {
                    return null;
                }
                run(area.strip(), bundle, () -> migrator.migrate(area.strip(), dataSource, bundle));
                return area;
            }
        };
        areas.open();
    }

    @Deactivate
    void deactivate() {
        areas.close();
        executor.shutdownNow();
    }

    private CompletableFuture<MigrationResult> run(String area, Class<?> owner) {
        Bundle bundle = FrameworkUtil.getBundle(owner);
        return run(area, bundle, () -> migrator.migrate(area, dataSource, owner));
    }

    @Override
    public MigrationResult await(String area, Class<?> owner) {
        try {
            return run(area, owner).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The schema of area '" + area + "' could not be migrated: " + cause.getMessage(), cause);
        }
    }

    private CompletableFuture<MigrationResult> run(String area, Bundle bundle, Supplier<MigrationResult> migration) {
        // a new version of the area's bundle may carry new scripts: it is migrated again
        String key = area + "@" + (bundle == null ? "class-path" : bundle.getBundleId() + ":" + bundle.getLastModified());
        return runs.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
            try {
                return migration.get();
            } catch (RuntimeException e) {
                LOG.error("Migrating the schema of area '{}' failed: {}", area, e.getMessage(), e);
                throw e;
            }
        }, executor));
    }
}
