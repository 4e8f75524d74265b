package org.cybersudoe.toolbox.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

/** The toolbox area's catalog reads well in each language: every key, its arguments, its quotes, translated. */
public class ToolboxTextsTest {

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), ToolboxTexts.MESSAGES.review(Set.of(
                "console.column.id", // "Id" reads the same in every language
                "console.column.code", // "Code" is the French word too
                "console.column.bundle"))); // OSGi's own term, as Karaf's bundle:list shows it
    }
}
