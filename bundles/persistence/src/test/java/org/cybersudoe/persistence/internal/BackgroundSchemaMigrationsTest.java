package org.cybersudoe.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.cybersudoe.core.persistence.SchemaMigrator;
import org.cybersudoe.core.persistence.SchemaMigrator.MigrationResult;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

public class BackgroundSchemaMigrationsTest {

    /** Counts the migrations running at once, and the most there ever were. */
    private static final class OverlapCounter implements SchemaMigrator {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();

        @Override
        public MigrationResult migrate(String area, DataSource dataSource, Class<?> owner) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return new MigrationResult(area, null, "1", 1);
        }

        @Override
        public MigrationResult migrate(String area, DataSource dataSource, Bundle owner) {
            return migrate(area, dataSource, (Class<?>) null);
        }
    }

    /** A framework with no bundles: the migrations asked for are those awaited. */
    private static BundleContext emptyFramework() {
        return (BundleContext) Proxy.newProxyInstance(BundleContext.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> method.getName().equals("getBundles") ? new Bundle[0] : null);
    }

    @Test
    public void twoAreasAskingAtOnceAreMigratedOneAfterTheOther() throws Exception {
        OverlapCounter migrator = new OverlapCounter();
        BackgroundSchemaMigrations migrations = new BackgroundSchemaMigrations(emptyFramework(), null, migrator);
        try {
            List<CompletableFuture<MigrationResult>> asked = List.of("outreach", "toolbox", "network").stream()
                    .map(area -> CompletableFuture.supplyAsync(() -> migrations.await(area, BackgroundSchemaMigrationsTest.class)))
                    .toList();
            for (CompletableFuture<MigrationResult> result : asked) {
                assertEquals("1", result.get(10, TimeUnit.SECONDS).toVersion());
            }
            assertEquals("Derby's DDL in two transactions at once can lock each other out: one migration at a time", 1,
                    migrator.most.get());
        } finally {
            migrations.deactivate();
        }
    }

    @Test
    public void anAreaIsMigratedOncePerVersionOfItsBundle() {
        OverlapCounter migrator = new OverlapCounter();
        AtomicInteger calls = new AtomicInteger();
        SchemaMigrator counting = new SchemaMigrator() {
            @Override
            public MigrationResult migrate(String area, DataSource dataSource, Class<?> owner) {
                calls.incrementAndGet();
                return migrator.migrate(area, dataSource, owner);
            }

            @Override
            public MigrationResult migrate(String area, DataSource dataSource, Bundle owner) {
                calls.incrementAndGet();
                return migrator.migrate(area, dataSource, owner);
            }
        };
        BackgroundSchemaMigrations migrations = new BackgroundSchemaMigrations(emptyFramework(), null, counting);
        try {
            migrations.await("outreach", BackgroundSchemaMigrationsTest.class);
            migrations.await("outreach", BackgroundSchemaMigrationsTest.class);
            assertEquals(1, calls.get());
            assertTrue(migrator.most.get() <= 1);
        } finally {
            migrations.deactivate();
        }
    }
}
