package org.cybersudoe.core.persistence;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings an area's tables to the newest version before the area uses them. Each area ships
 * its versioned SQL scripts as {@code db/migration/<area>/V<n>__<what>.sql} in its own
 * bundle; applied versions are recorded per area in {@code schema_history_<area>}, so a
 * database written by an earlier release opens in a later one with its data intact.
 *
 * <p>Scripts are written once for Derby and PostgreSQL; these placeholders stand for the
 * types that differ: {@code ${text}} (long text), {@code ${binary}} (bytes),
 * {@code ${bool}} (boolean).
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Applies the scripts of {@code area} not yet applied, each in its own transaction.
     *
     * @param area the area's name, also the folder of its scripts; lower case letters
     * @param dataSource the platform's DataSource
     * @param owner a class of the bundle that carries the scripts
     * @return what was applied; never null
     * @throws IllegalStateException when a script fails or an applied script was changed
     */
    MigrationResult migrate(String area, DataSource dataSource, Class<?> owner);

    /** As {@link #migrate(String, DataSource, Class)}, with the scripts of {@code owner} (resolved or later). */
    MigrationResult migrate(String area, DataSource dataSource, Bundle owner);

    /**
     * What a migration did.
     *
     * @param area the area
     * @param fromVersion the version before, or "none" for an empty database
     * @param toVersion the version after
     * @param applied how many scripts ran
     */
    record MigrationResult(String area, String fromVersion, String toVersion, int applied) {
    }
}
