package org.cybersudoe.network.internal;

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
import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.persistence.SchemaMigrator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GT1's database: brings the schema to the newest version before anything uses it (every
 * network service references this component, so none starts earlier), runs units of work in
 * one transaction each, and answers the health check.
 */
@Component(service = NetworkDatabase.class)
public class NetworkDatabase implements HealthContributor {

    public static final String AREA = "network";
    private static final Logger LOG = LoggerFactory.getLogger(NetworkDatabase.class);

    private final JpaTemplate jpa;
    private final String schemaVersion;

    @Activate
    public NetworkDatabase(@Reference(target = "(osgi.unit.name=network)") JpaTemplate jpa,
            @Reference(target = "(osgi.jndi.service.name=cybersudoe)") DataSource dataSource,
            @Reference SchemaMigrator migrator) {
        this.jpa = jpa;
        this.schemaVersion = migrator.migrate(AREA, dataSource, NetworkDatabase.class).toVersion();
    }

    /**
     * Runs {@code work} in one transaction (joining the caller's, if any): it commits when
     * {@code work} returns and rolls back when it throws. A ProblemException comes out as
     * thrown; a stale optimistic lock becomes a 409.
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

    static RuntimeException translate(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof OptimisticLockException
                    || (t instanceof PersistenceException && t.getClass().getName().endsWith("OptimisticLockException"))) {
                return new ConflictException("version", "The record was changed by someone else meanwhile; read it again.");
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return new ConflictException(null, "The change clashes with a record stored meanwhile (duplicate key); read again and retry.");
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

    @Override
    public String area() {
        return AREA;
    }

    /** The database's answer to health: the schema version and a trivial query. */
    @Override
    public HealthStatus check() {
        try {
            Long n = jpa.txExpr(TransactionType.Required,
                    em -> em.createQuery("SELECT COUNT(s) FROM StructureEntity s", Long.class).getSingleResult());
            return HealthStatus.up("schema version " + schemaVersion + ", " + n + " structure(s)");
        } catch (RuntimeException e) {
            return HealthStatus.down("database query failed: " + e.getMessage());
        }
    }
}
