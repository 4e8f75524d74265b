package org.cybersudoe.core.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class MessagesTest {

    private final Messages messages = Messages.of(MessagesTest.class, "l10n/sample");

    @Test
    public void eachLanguageReadsItsOwnCatalogWithArguments() {
        assertEquals("Bonjour Ana", messages.get(Language.FR, "hello", "Ana"));
        assertEquals("Hola Ana", messages.get(Language.ES, "hello", "Ana"));
        assertEquals("Olá Ana", messages.get(Language.PT, "hello", "Ana"));
        assertEquals("Hello Ana", messages.get(Language.EN, "hello", "Ana"));
    }

    @Test
    public void aKeyMissingInOneLanguageFallsBackToEnglish() {
        assertEquals("Only in English", messages.get(Language.PT, "english.only"));
        assertEquals(java.util.List.of("english.only"), messages.missingKeys(Language.PT));
    }

    @Test
    public void aTextCarriesEveryLanguageAndShowsNumbersAsWritten() {
        LocalizedText text = messages.text("hello", 12345);
        assertEquals("Bonjour 12345", text.resolve(Language.FR).orElseThrow());
        assertEquals("Hello 12345", text.resolve(Language.EN).orElseThrow());
        assertEquals("Only in English", messages.text("english.only").resolve(Language.PT).orElseThrow());
        assertEquals(4, text.languages().size());
    }

    @Test
    public void aReviewNamesWhatATranslatorShouldFix() {
        assertEquals(java.util.List.of(
                "fr args: takes 1 argument(s), the English 2",
                "fr extra: not in the English catalog",
                "fr missing: missing",
                "es ok: a single ' hides what follows it; write ''",
                "es ok: a straight apostrophe; write ’ (or « » for quotes)",
                "pt args: not a valid pattern: Em {0} no {1"),
                Messages.of(MessagesTest.class, "l10n/flawed").review(java.util.Set.of("same")));
        assertTrue(Messages.of(MessagesTest.class, "l10n/flawed").review(java.util.Set.of())
                .containsAll(java.util.List.of("fr same: the same as the English", "pt same: the same as the English")));
    }

    @Test
    public void anUnknownKeyShowsItself() {
        assertEquals("no.such.key", messages.get(Language.FR, "no.such.key"));
    }

    @Test
    public void acceptLanguageIsNegotiatedByPreference() {
        assertEquals(Language.PT, Messages.negotiate("de-DE, pt-PT;q=0.8, fr;q=0.5"));
        assertEquals(Language.FR, Messages.negotiate("fr-FR,fr;q=0.9,en;q=0.8"));
        assertEquals(Language.EN, Messages.negotiate("de, it"));
        assertEquals(Language.EN, Messages.negotiate(null));
        assertEquals(Language.EN, Messages.negotiate(";;;=="));
        assertTrue(messages.has(Language.ES, "hello"));
    }
}
