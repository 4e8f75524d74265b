package org.cybersudoe.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class JpqlTest {

    @Test
    public void aContainsPatternEscapesTheUsersWildcards() {
        assertEquals("%50\\% off\\_now%", Jpql.contains("  50% OFF_now "));
        assertNull("a blank text filters nothing", Jpql.contains("  "));
    }
}
