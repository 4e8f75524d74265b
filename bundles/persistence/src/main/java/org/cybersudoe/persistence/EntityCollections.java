package org.cybersudoe.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

/** Writing an entity's mapped collections so that an update which changes nothing is not counted as one. */
public final class EntityCollections {

    private EntityCollections() {
    }

    /**
     * Makes {@code mapped} hold what {@code wanted} holds, in its order for a list, and leaves it
     * alone when it already does. A mapped collection cleared and filled again counts as changed
     * even when its content comes back the same: the entity's version would move on an update
     * that changes nothing, and every client holding the version it read would get a conflict.
     */
    public static <T> void replace(Collection<T> mapped, Collection<? extends T> wanted) {
        if (!sameContent(mapped, wanted)) {
            mapped.clear();
            mapped.addAll(wanted);
        }
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

    private static boolean sameContent(Collection<?> mapped, Collection<?> wanted) {
        if (mapped instanceof Set<?>) {
            return new HashSet<>(mapped).equals(new HashSet<>(wanted));
        }
        if (mapped instanceof List<?>) {
            return new ArrayList<>(mapped).equals(new ArrayList<>(wanted));
        }
        return false;
    }
}
