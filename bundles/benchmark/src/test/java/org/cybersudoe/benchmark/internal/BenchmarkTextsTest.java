package org.cybersudoe.benchmark.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The benchmark area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class BenchmarkTextsTest {

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), BenchmarkTexts.MESSAGES.review(Set.of(
                "console.column.id", // "Id" reads the same in every language
                "console.column.code", // "Code" is the French word too
                "console.charter-status.no", // "NO" is the Spanish word too
                "console.sheet-show.text"))); // only a layout, "{0} [{1}]: {2}", in Spanish and Portuguese
    }
}
