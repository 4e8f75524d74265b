package org.cybersudoe.outreach.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

/** Every text of the area, errors included, exists in the four languages and reads as people should see it. */
public class CatalogTest {

    private static final String BASE_NAME = "OSGI-INF/l10n/outreach";

    // Texts that really read the same as the English; every other text has a wording of its own.
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "mail.test", // "[TEST]" is the same word in French
            "console.column.id", // "Id" abbreviates the word in all four languages
            "console.column.nace", // the name of the EU's classification, the same everywhere
            "console.column.contacts"); // "Contacts" is the French word too

    @Test
    public void everyTextReadsWellInEachLanguage() {
        assertEquals(List.of(), OutreachTexts.MESSAGES.review(SAME_AS_ENGLISH));
    }

    @Test
    public void anErrorKeepsItsEnglishAndReadsInEachLanguage() {
        assertEquals("Company 12345 of partner fib already has this national id.",
                OutreachTexts.MESSAGES.text("error.conflict.national-id", 12345L, "fib").resolve(Language.EN).orElseThrow());
        assertEquals("L’entreprise 12345 du partenaire fib a déjà cet identifiant national.",
                OutreachTexts.MESSAGES.text("error.conflict.national-id", 12345L, "fib").resolve(Language.FR).orElseThrow());
        assertEquals("No suppression of that address 'email'.",
                OutreachTexts.MESSAGES.text("error.not-found.suppression").resolve(Language.EN).orElseThrow());
    }
}
