package org.cybersudoe.persistence.testing;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.metamodel.EntityType;

/** Checks of an area's persistence unit against the schema its migrations made. */
public final class SchemaChecks {

    private SchemaChecks() {
    }

    /**
     * Reads every entity of the unit once (every mapped table and column is selected), and
     * fails naming each entity whose mapping the schema does not match.
     */
    public static void assertEveryEntityReads(EntityManagerFactory emf) {
        List<String> failures = new ArrayList<>();
        EntityManager em = emf.createEntityManager();
        try {
            for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
                try {
                    em.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType()).setMaxResults(1)
                            .getResultList();
                } catch (RuntimeException e) {
                    failures.add(entity.getName() + ": " + e.getMessage());
                }
            }
        } finally {
            em.close();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("Mappings that do not match the migrated schema:\n" + String.join("\n", failures));
        }
    }
}
