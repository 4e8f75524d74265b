package org.cybersudoe.network.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The network area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class NetworkTextsTest {

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), NetworkTexts.MESSAGES.review(Set.of()));
    }
}
