package org.cybersudoe.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.persistence.SchemaMigrator;
import org.junit.Test;

/** Units of work run again when the database gave up on a lock, and only then. */
public class AreaDatabaseTest {

    private final AtomicInteger runs = new AtomicInteger();

    /** A JpaTemplate that runs each unit of work as Aries does, on an EntityManager that accepts flushes. */
    private static AreaDatabase database() {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(AreaDatabaseTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> null);
        JpaTemplate jpa = (JpaTemplate) Proxy.newProxyInstance(AreaDatabaseTest.class.getClassLoader(),
                new Class<?>[] {JpaTemplate.class}, (proxy, method, args) -> {
                    if (method.getName().equals("txExpr")) {
                        return ((EmFunction<?>) args[1]).apply(em);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        SchemaMigrator migrated = (SchemaMigrator) Proxy.newProxyInstance(AreaDatabaseTest.class.getClassLoader(),
                new Class<?>[] {SchemaMigrator.class}, (proxy, method, args) -> new SchemaMigrator.MigrationResult("test", "1", "1", 0));
        return AreaDatabase.migrated("test", jpa, null, migrated, AreaDatabaseTest.class);
    }

    /** Fails with {@code sqlState} the first {@code failures} runs, as EclipseLink reports a failed statement. */
    private Function<EntityManager, String> failingFirst(int failures, String sqlState) {
        return em -> {
            if (runs.incrementAndGet() <= failures) {
                throw new PersistenceException("statement failed", new SQLException("the database says no", sqlState));
            }
            return "stored";
        };
    }

    @Test
    public void aLockTimeoutOrDeadlockRunsTheWholeUnitAgain() {
        AreaDatabase db = database();
        assertEquals("stored", db.txRetryingLockConflicts(failingFirst(2, "40XL1")));
        assertEquals(3, runs.get());
        runs.set(0);
        assertEquals("stored", db.txRetryingLockConflicts(failingFirst(1, "40001")));
        assertEquals(2, runs.get());
    }

    @Test
    public void otherFailuresAreNotRunAgain() {
        AreaDatabase db = database();
        assertThrows(PersistenceException.class, () -> db.txRetryingLockConflicts(failingFirst(1, "42X05")));
        assertEquals(1, runs.get());
    }

    @Test
    public void aConflictThatLastsGivesUpAfterFiveRuns() {
        AreaDatabase db = database();
        PersistenceException e = assertThrows(PersistenceException.class, () -> db.txRetryingLockConflicts(failingFirst(99, "40XL1")));
        assertEquals(5, runs.get());
        assertSame(SQLException.class, e.getCause().getClass());
    }

    @Test
    public void aDuplicateKeyOrAStaleRecordIsAConflictInTheCallersLanguage() {
        AreaDatabase db = database();
        ConflictException duplicate = assertThrows(ConflictException.class, () -> db.tx(failingFirst(1, "23505")));
        assertEquals(409, duplicate.status());
        assertEquals("The change clashes with a record stored meanwhile (duplicate key); read again and retry.",
                duplicate.getMessage());
        assertEquals("La modification entre en conflit avec un enregistrement créé entre-temps (clé en double) ; "
                + "relisez puis réessayez.", duplicate.detail(Language.FR));

        ConflictException stale = assertThrows(ConflictException.class, () -> db.tx(em -> {
            throw new OptimisticLockException("stale");
        }));
        assertEquals("version", stale.fieldErrors().get(0).field());
        assertEquals("The record was changed by someone else meanwhile; read it again.", stale.getMessage());
        assertEquals("Otra persona ha modificado el registro mientras tanto; vuelva a leerlo.", stale.detail(Language.ES));
    }

    @Test
    public void plainTransactionsAreNeverRunAgain() {
        AreaDatabase db = database();
        assertThrows(PersistenceException.class, () -> db.tx(failingFirst(1, "40XL1")));
        assertEquals(1, runs.get());
    }
}
