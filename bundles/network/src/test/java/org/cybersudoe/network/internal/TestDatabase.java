package org.cybersudoe.network.internal;

import java.lang.annotation.Annotation;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.cybersudoe.persistence.AreaDatabase;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.persistence.testing.ResourceLocalTemplate;

/**
 * A real embedded Derby database under target/, migrated by the core's Flyway migrator, with
 * the {@code network} persistence unit opened by EclipseLink outside OSGi (see the persistence
 * bundle's test helpers).
 */
public final class TestDatabase implements AutoCloseable {

    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final NetworkDatabase db;

    TestDatabase(DataSource dataSource, EntityManagerFactory emf, NetworkDatabase db) {
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
        return new TestDatabase(ds, emf, new NetworkDatabase(AreaDatabase.migrated(NetworkDatabase.AREA, new ResourceLocalTemplate(emf), ds, new FlywaySchemaMigrator(), NetworkDatabase.class)));
    }

    public static EmbeddedDataSource dataSource(String name, boolean wipe) {
        return DerbyUnits.dataSource(name, wipe);
    }

    public static EntityManagerFactory openUnit(DataSource ds) {
        return DerbyUnits.openUnit(NetworkDatabase.AREA, ds);
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return DerbyUnits.count(dataSource, table);
    }

    /** The row counts of every net_ table, for "nothing changed" checks. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String t : new String[] {"net_structure", "net_structure_region", "net_structure_lang", "net_structure_wp",
            "net_status_change", "net_person", "net_person_lang", "net_committee", "net_committee_member", "net_meeting",
            "net_agenda_item", "net_attendance", "net_decision", "net_document", "net_document_version", "net_programme",
            "net_work_package", "net_budget_line"}) {
            counts.put(t, count(t));
        }
        return counts;
    }

    @Override
    public void close() {
        emf.close();
    }

    /** Test settings: 15 lead days, {@code maxBytes} per document. */
    public static NetworkConfig config(int leadDays, long maxBytes) {
        return new NetworkConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return NetworkConfig.class;
            }

            @Override
            public int pressReleaseLeadDays() {
                return leadDays;
            }

            @Override
            public long maxDocumentBytes() {
                return maxBytes;
            }
        };
    }
}
