package org.cybersudoe.benchmark.internal;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.persistence.testing.AreaUnit;

/**
 * A real embedded Derby database under target/, migrated by the core's Flyway migrator, with
 * the {@code benchmark} persistence unit opened by EclipseLink outside OSGi and a JpaTemplate
 * that behaves like Aries' RESOURCE_LOCAL one (Required only, joins an open transaction).
 */
public final class TestDatabase implements AutoCloseable {

    private final AreaUnit unit;
    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final BenchmarkDatabase db;

    private TestDatabase(AreaUnit unit) {
        this.unit = unit;
        this.dataSource = unit.dataSource();
        this.emf = unit.emf();
        this.db = new BenchmarkDatabase(unit.database());
    }

    /** A fresh, empty database named {@code name}, migrated to the newest version. */
    public static TestDatabase fresh(String name) {
        // a new folder each time: Derby keeps a database booted after its last connection closes,
        // so deleting and re-creating one folder under a running engine corrupts it
        return on(DerbyUnits.dataSource(name + "-" + System.nanoTime(), true));
    }

    /** The unit opened on {@code ds}, migrated to the newest version. */
    public static TestDatabase on(DataSource ds) {
        return new TestDatabase(AreaUnit.on(BenchmarkDatabase.AREA, ds, BenchmarkDatabase.class));
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return unit.count(table);
    }

    /** The row counts of every bm_ table, for "nothing changed" checks. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : new String[] {"bm_sheet", "bm_sheet_text", "bm_sheet_theme", "bm_sheet_sector", "bm_sheet_event",
            "bm_rule", "bm_rule_sheet", "bm_charter_version", "bm_charter_rule", "bm_adoption"}) {
            counts.put(t, count(t));
        }
        return counts;
    }

    @Override
    public void close() {
        unit.close();
    }

    /** Settings as shipped: 10 sheets per partner, the technical committee reviews, 9 rules at least. */
    public static BenchmarkConfig config(int perPartner, int minimumRules) {
        return new BenchmarkConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return BenchmarkConfig.class;
            }

            @Override
            public int sheetsPerPartner() {
                return perPartner;
            }

            @Override
            public String reviewCommittee() {
                return "technical";
            }

            @Override
            public int minimumRules() {
                return minimumRules;
            }
        };
    }
}
