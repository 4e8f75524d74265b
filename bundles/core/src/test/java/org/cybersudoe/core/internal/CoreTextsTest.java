package org.cybersudoe.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

public class CoreTextsTest {

    @Test
    public void everyTextOfTheCoreReadsWellInEachLanguage() {
        // "Error" is Spanish too
        assertEquals(List.of(), CoreTexts.MESSAGES.review(Set.of("console.error")));
    }
}
