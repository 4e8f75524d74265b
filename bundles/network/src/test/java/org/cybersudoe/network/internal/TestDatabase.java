package org.cybersudoe.network.internal;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * A real embedded Derby database under target/, migrated by the core's Flyway migrator, with
 * the {@code network} persistence unit opened by EclipseLink outside OSGi and a JpaTemplate
 * that behaves like Aries' RESOURCE_LOCAL one (Required only, joins an open transaction).
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
        return new TestDatabase(ds, emf, new NetworkDatabase(new Template(emf), ds, new FlywaySchemaMigrator()));
    }

    public static EmbeddedDataSource dataSource(String name, boolean wipe) {
        Path dir = Path.of("target", "derby", name);
        if (wipe && Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    public static EntityManagerFactory openUnit(DataSource ds) {
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.weaving", "false");
        return new PersistenceProvider().createEntityManagerFactory("network", props);
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
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

    /** Behaves like Aries' ResourceLocalJpaTemplate. */
    static final class Template implements JpaTemplate {
        private final EntityManagerFactory emf;
        private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

        Template(EntityManagerFactory emf) {
            this.emf = emf;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            if (type != TransactionType.Required) {
                throw new IllegalStateException("Only transation propagation type REQUIRED is supported");
            }
            EntityManager joined = current.get();
            if (joined != null) {
                return code.apply(joined);
            }
            EntityManager em = emf.createEntityManager();
            current.set(em);
            try {
                em.getTransaction().begin();
                R result = code.apply(em);
                em.getTransaction().commit();
                return result;
            } catch (RuntimeException e) {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
                throw e;
            } finally {
                current.remove();
                em.close();
            }
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
