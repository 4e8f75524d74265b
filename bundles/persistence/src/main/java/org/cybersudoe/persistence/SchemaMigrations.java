package org.cybersudoe.persistence;

import org.cybersudoe.core.persistence.SchemaMigrator.MigrationResult;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs the areas' schema migrations in the background as soon as the platform's DataSource is
 * there, so that creating the database and migrating every area overlaps with the rest of the
 * server's start instead of holding up the thread that starts bundles. An area's bundle says
 * {@code CyberSudoe-Schema: <area>} in its manifest (its migration then starts as soon as the
 * bundle is resolved) and its database component waits for the migration when it is created.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * Waits for the migration of {@code area} (scripts {@code db/migration/<area>/} in the bundle
     * of {@code owner}), starting it if it has not started.
     *
     * @throws IllegalStateException when the migration failed
     */
    MigrationResult await(String area, Class<?> owner);
}
