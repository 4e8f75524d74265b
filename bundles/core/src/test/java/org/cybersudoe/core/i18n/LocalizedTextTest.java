package org.cybersudoe.core.i18n;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;

public class LocalizedTextTest {

    @Test
    public void wantedLanguageWinsWhenPresent() {
        LocalizedText text = LocalizedText.ofCodes(Map.of("fr", "Sécurité", "en", "Security", "pt", "Segurança"));
        assertEquals("Segurança", text.resolve(Language.PT).orElseThrow());
        assertEquals("Sécurité", text.resolve(Language.FR).orElseThrow());
    }

    @Test
    public void missingLanguageFallsBackToEnglishThenTheOthers() {
        LocalizedText withEnglish = LocalizedText.ofCodes(Map.of("fr", "Tourisme", "en", "Tourism"));
        assertEquals("Tourism", withEnglish.resolve(Language.ES).orElseThrow());

        LocalizedText onlyPortuguese = LocalizedText.ofCodes(Map.of("pt", "Turismo"));
        assertEquals("Turismo", onlyPortuguese.resolve(Language.FR).orElseThrow());
    }

    @Test
    public void blankTextsCountAsMissing() {
        LocalizedText text = LocalizedText.ofCodes(Map.of("es", "  ", "en", "Retail"));
        assertFalse(text.exact(Language.ES).isPresent());
        assertEquals("Retail", text.resolve(Language.ES).orElseThrow());
    }

    @Test
    public void emptyTextResolvesToNothing() {
        assertTrue(new LocalizedText(null).resolve(Language.EN).isEmpty());
    }

    @Test(expected = IllegalArgumentException.class)
    public void unknownLanguageCodeIsRejected() {
        LocalizedText.ofCodes(Map.of("de", "Sicherheit"));
    }

    @Test
    public void languageTagsMapToTheirPrimaryLanguage() {
        assertEquals(Language.PT, Language.fromCode("pt-BR").orElseThrow());
        assertEquals(Language.ES, Language.fromCode("ES").orElseThrow());
        assertTrue(Language.fromCode("de").isEmpty());
    }

    @Test
    public void everyFallbackOrderCoversAllFourLanguagesStartingWithItself() {
        for (Language language : Language.values()) {
            assertEquals(language, language.fallbackOrder().get(0));
            assertEquals(4, language.fallbackOrder().stream().distinct().count());
        }
    }

    @Test
    public void aTextSentByCodeNamesEachUnknownLanguageAndComesBackInTheLanguagesOrder() {
        org.cybersudoe.core.error.Validator v = new org.cybersudoe.core.error.Validator();
        LocalizedText t = LocalizedText.ofCodes(Map.of("en", "Security", "fr", "Sécurité", "xx", "?"), v, "name");
        try {
            v.throwIfInvalid();
            org.junit.Assert.fail("an unknown language code was accepted");
        } catch (org.cybersudoe.core.error.ValidationException e) {
            assertEquals("name.xx", e.fieldErrors().get(0).field());
            assertEquals("as línguas são fr, es, pt e en", e.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        }
        assertEquals(java.util.List.of("fr", "en"), java.util.List.copyOf(t.byCode().keySet()));
        assertEquals(LocalizedText.of("Sécurité", null, null, "Security"), t);
    }

    @Test
    public void joinedPartsFollowEachOtherInEveryLanguageWithFallbacks() {
        LocalizedText schema = LocalizedText.of("schéma en version 3", "esquema en la versión 3", null, "schema version 3");
        LocalizedText count = LocalizedText.of("4 questionnaires", "4 cuestionarios", "4 questionários", "4 questionnaires");
        LocalizedText joined = LocalizedText.join(", ", java.util.List.of(schema, new LocalizedText(Map.of()), count));

        assertEquals("schéma en version 3, 4 questionnaires", joined.exact(Language.FR).orElseThrow());
        assertEquals("esquema en la versión 3, 4 cuestionarios", joined.exact(Language.ES).orElseThrow());
        assertEquals("a part missing in Portuguese is taken in its fallback order", "schema version 3, 4 questionários",
                joined.exact(Language.PT).orElseThrow());
        assertTrue(LocalizedText.join("; ", java.util.List.of()).isEmpty());
        assertEquals("parts in English only stay in English only", LocalizedText.of(Language.EN, "ok; tables"),
                LocalizedText.join("; ", java.util.List.of(LocalizedText.of(Language.EN, "ok"), LocalizedText.of(Language.EN, "tables"))));
    }
}
