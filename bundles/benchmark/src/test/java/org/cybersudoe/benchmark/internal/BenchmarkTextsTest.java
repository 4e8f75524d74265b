package org.cybersudoe.benchmark.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The benchmark area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class BenchmarkTextsTest {

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), BenchmarkTexts.MESSAGES.review(Set.of()));
    }
}
