package org.cybersudoe.toolbox.internal;

import java.lang.annotation.Annotation;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.cybersudoe.persistence.AreaDatabase;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.persistence.testing.ResourceLocalTemplate;

/**
 * A real embedded Derby database under target/, migrated by the core's Flyway migrator, with
 * the {@code toolbox} persistence unit opened by EclipseLink outside OSGi and a JpaTemplate
 * that behaves like Aries' RESOURCE_LOCAL one (Required only, joins an open transaction).
 */
public final class TestDatabase implements AutoCloseable {

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final ToolboxDatabase db;

    TestDatabase(DataSource dataSource, EntityManagerFactory emf, ToolboxDatabase db) {
        this.dataSource = dataSource;
        this.emf = emf;
        this.db = db;
    }

    /** A fresh, empty database named {@code name}, migrated to the newest version. */
    public static TestDatabase fresh(String name) {
        return on(dataSource(name, true));
    }

    /** The unit opened on {@code ds}, migrated to the newest version. */
    public static TestDatabase on(DataSource ds) {
        EntityManagerFactory emf = openUnit(ds);
        return new TestDatabase(ds, emf, new ToolboxDatabase(AreaDatabase.migrated(ToolboxDatabase.AREA, new ResourceLocalTemplate(emf), ds, new FlywaySchemaMigrator(), ToolboxDatabase.class)));
    }

    public static EmbeddedDataSource dataSource(String name, boolean wipe) {
        return DerbyUnits.dataSource(name, wipe);
    }

    public static EntityManagerFactory openUnit(DataSource ds) {
        return DerbyUnits.openUnit(ToolboxDatabase.AREA, ds);
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return DerbyUnits.count(dataSource, table);
    }

    @Override
    public void close() {
        emf.close();
    }

    /** Test settings: 9 themes in fr, es, pt; 9 partners with 2 leads each. */
    public static ToolboxSettings settings() {
        return new ToolboxSettings(new ToolboxConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ToolboxConfig.class;
            }

            @Override
            public int targetThemes() {
                return 9;
            }

            @Override
            public String[] targetLanguages() {
                return new String[] {"fr", "es", "pt"};
            }

            @Override
            public int partners() {
                return 9;
            }

            @Override
            public int leadsPerPartner() {
                return 2;
            }

            @Override
            public long maxThemeJarBytes() {
                return 1024 * 1024;
            }
        });
    }
}
