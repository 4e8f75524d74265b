package org.cybersudoe.security.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The security area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class SecurityTextsTest {

    // Texts that really read the same as the English.
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "console.column.roles"); // "Roles" is the Spanish word too

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), SecurityTexts.MESSAGES.review(SAME_AS_ENGLISH));
    }
}
