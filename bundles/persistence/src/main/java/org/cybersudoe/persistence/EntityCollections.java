package org.cybersudoe.persistence;

import java.util.List;

import javax.persistence.EntityManager;

/** Writing an entity's mapped collections. */
public final class EntityCollections {

    private EntityCollections() {
    }

    /**
     * Gives a list kept in order by an order column (an {@code @OrderColumn} in the key of its
     * table) the content {@code wanted}, which the caller found to differ from what it holds. The
     * stored items are deleted first, in a flush of {@code em}: EclipseLink would otherwise move a
     * reordered item by rewriting its position in place, and the first move clashed with the key
     * (owner, position) of an item not moved yet.
     */
    public static <T> void refillOrdered(EntityManager em, List<T> mapped, List<? extends T> wanted) {
        if (!mapped.isEmpty()) {
            mapped.clear();
            em.flush();
        }
        mapped.addAll(wanted);
    }
}
