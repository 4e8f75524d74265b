package org.cybersudoe.persistence.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The persistence area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class PersistenceTextsTest {

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), PersistenceTexts.MESSAGES.review(Set.of()));
    }
}
