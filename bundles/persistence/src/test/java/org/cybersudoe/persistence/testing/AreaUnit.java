package org.cybersudoe.persistence.testing;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.cybersudoe.persistence.AreaDatabase;

/**
 * An area's persistence unit for its unit tests: opened by EclipseLink outside OSGi on a
 * database migrated by the core's Flyway migrator, with a JpaTemplate like Aries'
 * RESOURCE_LOCAL one.
 *
 * @param dataSource the database
 * @param emf the area's unit on it
 * @param database the area's database, ready for the area's own database component
 */
public record AreaUnit(DataSource dataSource, EntityManagerFactory emf, AreaDatabase database) implements AutoCloseable {

    /** The area's unit on {@code ds}, migrated to the newest version (scripts in {@code owner}'s class path). */
    public static AreaUnit on(String area, DataSource ds, Class<?> owner) {
        EntityManagerFactory emf = DerbyUnits.openUnit(area, ds);
        return new AreaUnit(ds, emf, AreaDatabase.migrated(area, new ResourceLocalTemplate(emf), ds, new FlywaySchemaMigrator(), owner));
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return DerbyUnits.count(dataSource, table);
    }

    @Override
    public void close() {
        emf.close();
    }
}
