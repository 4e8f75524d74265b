package org.cybersudoe.persistence;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

public class EntityCollectionsTest {

    /** A list that counts the changes made to it, as EclipseLink's change tracking sees them. */
    private static final class CountingList extends ArrayList<String> {
        int changes;

        CountingList(List<String> initial) {
            super(initial);
        }

        @Override
        public void clear() {
            changes++;
            super.clear();
        }

        @Override
        public boolean addAll(java.util.Collection<? extends String> c) {
            changes++;
            return super.addAll(c);
        }
    }

    private static final class CountingSet extends LinkedHashSet<String> {
        int changes;

        CountingSet(List<String> initial) {
            super(initial);
            changes = 0; // the constructor filled it through addAll
        }

        @Override
        public void clear() {
            changes++;
            super.clear();
        }

        @Override
        public boolean addAll(java.util.Collection<? extends String> c) {
            changes++;
            return super.addAll(c);
        }
    }

    @Test
    public void aListWithTheSameElementsInTheSameOrderIsLeftAlone() {
        CountingList mapped = new CountingList(List.of("GT1", "GT4"));
        EntityCollections.replace(mapped, List.of("GT1", "GT4"));
        assertEquals(0, mapped.changes);

        EntityCollections.replace(mapped, List.of("GT4", "GT1"));
        assertEquals("a list's order is content", List.of("GT4", "GT1"), mapped);
        assertEquals(2, mapped.changes);
    }

    @Test
    public void aSetIsComparedWithoutOrderAndReplacedWhenItDiffers() {
        CountingSet mapped = new CountingSet(List.of("fr", "es"));
        EntityCollections.replace(mapped, List.of("es", "fr", "es"));
        assertEquals(Set.of("fr", "es"), mapped);
        assertEquals(0, mapped.changes);

        EntityCollections.replace(mapped, new HashSet<>(List.of("pt")));
        assertEquals(Set.of("pt"), mapped);
        EntityCollections.replace(mapped, List.of());
        assertEquals(Set.of(), mapped);
    }
}
