package org.cybersudoe.network.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The network area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class NetworkTextsTest {

    /** Texts that really are written the same as in English in at least one language. */
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            // abbreviations and standard names, the same everywhere
            "console.column.id", "console.column.nuts-ii", "console.column.sha-256",
            // "Bytes" in Spanish and Portuguese (French says "Octets")
            "console.column.bytes",
            // the same words in French: Code, Date, Type, Version, Structure, Budget, document(s)
            "console.column.code", "console.column.date", "console.column.type", "console.column.version",
            "console.column.structure", "console.column.budget", "console.noun.documents");

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), NetworkTexts.MESSAGES.review(SAME_AS_ENGLISH));
    }
}
