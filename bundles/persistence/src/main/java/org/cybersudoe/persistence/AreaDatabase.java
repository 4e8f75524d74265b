package org.cybersudoe.persistence;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.persistence.RollbackException;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.persistence.SchemaMigrator;
import org.cybersudoe.persistence.internal.PersistenceTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An area's database, as each area's database component holds it: created once the area's
 * schema is brought to the newest version (so no service of the area runs on an old schema),
 * it runs units of work in one transaction each. Thread-safe.
 */
public final class AreaDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(AreaDatabase.class);
    static final int LOCK_ATTEMPTS = 5;

    private final String area;
    private final JpaTemplate jpa;
    private final String schemaVersion;

    private AreaDatabase(String area, JpaTemplate jpa, String schemaVersion) {
        this.area = area;
        this.jpa = jpa;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Applies the area's pending migrations ({@code db/migration/<area>/} in the bundle of
     * {@code scriptOwner}) and returns the database ready for use.
     */
    public static AreaDatabase migrated(String area, JpaTemplate jpa, DataSource dataSource, SchemaMigrator migrator,
            Class<?> scriptOwner) {
        return new AreaDatabase(area, jpa, migrator.migrate(area, dataSource, scriptOwner).toVersion());
    }

    /**
     * The database of an area whose migration ran in the background ({@link SchemaMigrations}):
     * waits for it to end.
     */
    public static AreaDatabase migrated(String area, JpaTemplate jpa, SchemaMigrations migrations, Class<?> scriptOwner) {
        return new AreaDatabase(area, jpa, migrations.await(area, scriptOwner).toVersion());
    }

    public String area() {
        return area;
    }

    /** The schema version the migrations left, for the health report. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * The database's answer to health: one row read from {@code table}, one of the area's own, so
     * that the cost stays the same however large the area grows (health is polled by load
     * balancers and monitors, and compared with real work in the benchmarks).
     */
    public HealthStatus check(String table) {
        try {
            tx(em -> em.createNativeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY").getResultList());
            return HealthStatus.up(PersistenceTexts.MESSAGES.text("health.schema-version", schemaVersion));
        } catch (RuntimeException e) {
            return HealthStatus.down(PersistenceTexts.MESSAGES.text("health.query-failed", String.valueOf(e.getMessage())));
        }
    }

    /**
     * Runs {@code work} in one transaction (joining the caller's, if any): it commits when
     * {@code work} returns and rolls back when it throws. A ProblemException comes out as
     * thrown; a stale optimistic lock or a duplicate key becomes a 409.
     */
    public <R> R tx(Function<EntityManager, R> work) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                R result = work.apply(em);
                em.flush();
                return result;
            });
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Like {@link #tx(Function)}, for a unit of work that touches nothing but this database and is
     * not called inside another transaction: when the database gives up on a lock (a deadlock, a
     * lock timeout, or embedded Derby's contention on the identity values of a table that many
     * clients insert into at once), the whole transaction was rolled back and is run again, up to
     * {@value #LOCK_ATTEMPTS} times in all.
     */
    public <R> R txRetryingLockConflicts(Function<EntityManager, R> work) {
        for (int attempt = 1;; attempt++) {
            try {
                return tx(work);
            } catch (RuntimeException e) {
                if (attempt == LOCK_ATTEMPTS || !isLockConflict(e)) {
                    throw e;
                }
                LOG.debug("Lock conflict in area {}, attempt {} of {}: {}", area, attempt, LOCK_ATTEMPTS, e.toString());
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A deadlock (40001, PostgreSQL 40P01) or a lock not obtained (Derby 40XL1, 40XL2) anywhere in the causes. */
    public static boolean isLockConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().equals("40001")
                    || sql.getSQLState().equals("40P01") || sql.getSQLState().startsWith("40XL"))) {
                return true;
            }
        }
        return false;
    }

    /** The problem a JPA failure means to the caller, or the failure itself when it means none. */
    public static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof OptimisticLockException
                    || (t instanceof PersistenceException && t.getClass().getName().endsWith("OptimisticLockException"))) {
                return new ConflictException("version", PersistenceTexts.MESSAGES.text("error.conflict.changed-meanwhile"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return new ConflictException(null, PersistenceTexts.MESSAGES.text("error.conflict.duplicate-key"));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof RollbackException) {
            LOG.warn("Transaction rolled back: {}", e.getMessage());
        }
        return e;
    }
}
