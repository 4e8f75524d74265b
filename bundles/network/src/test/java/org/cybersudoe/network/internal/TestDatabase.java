package org.cybersudoe.network.internal;

import java.lang.annotation.Annotation;
import java.util.Map;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.persistence.testing.AreaUnit;

/**
 * A real embedded Derby database under target/, migrated by the core's Flyway migrator, with
 * the {@code network} persistence unit opened by EclipseLink outside OSGi (see the persistence
 * bundle's test helpers).
 */
public final class TestDatabase implements AutoCloseable {

    private final AreaUnit unit;
    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final NetworkDatabase db;

    private TestDatabase(AreaUnit unit) {
        this.unit = unit;
        this.dataSource = unit.dataSource();
        this.emf = unit.emf();
        this.db = new NetworkDatabase(unit.database());
    }

    /** A fresh, empty database named {@code name}, migrated to the newest version. */
    public static TestDatabase fresh(String name) {
        return on(DerbyUnits.dataSource(name, true));
    }

    /** The unit opened on {@code ds}, migrated to the newest version. */
    public static TestDatabase on(DataSource ds) {
        return new TestDatabase(AreaUnit.on(NetworkDatabase.AREA, ds, NetworkDatabase.class));
    }

    public static EmbeddedDataSource dataSource(String name, boolean wipe) {
        return DerbyUnits.dataSource(name, wipe);
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return unit.count(table);
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
        unit.close();
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
