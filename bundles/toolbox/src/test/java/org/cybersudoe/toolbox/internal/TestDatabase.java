package org.cybersudoe.toolbox.internal;

import java.lang.annotation.Annotation;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.persistence.testing.AreaUnit;

/**
 * A real embedded Derby database under target/, migrated by the core's Flyway migrator, with
 * the {@code toolbox} persistence unit opened by EclipseLink outside OSGi and a JpaTemplate
 * that behaves like Aries' RESOURCE_LOCAL one (Required only, joins an open transaction).
 */
public final class TestDatabase implements AutoCloseable {

    private final AreaUnit unit;
    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final ToolboxDatabase db;

    private TestDatabase(AreaUnit unit) {
        this.unit = unit;
        this.dataSource = unit.dataSource();
        this.emf = unit.emf();
        this.db = new ToolboxDatabase(unit.database());
    }

    /** A fresh, empty database named {@code name}, migrated to the newest version. */
    public static TestDatabase fresh(String name) {
        return on(DerbyUnits.dataSource(name, true));
    }

    /** The unit opened on {@code ds}, migrated to the newest version. */
    public static TestDatabase on(DataSource ds) {
        return new TestDatabase(AreaUnit.on(ToolboxDatabase.AREA, ds, ToolboxDatabase.class));
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return unit.count(table);
    }

    @Override
    public void close() {
        unit.close();
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
