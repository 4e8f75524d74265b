package org.cybersudoe.diagnostic.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.junit.Test;

/** Every text of the area exists in the four languages and reads as people should see it. */
public class CatalogTest {

    private static final String ERRORS = "OSGI-INF/l10n/diagnostic";
    private static final List<String> CATALOGS = List.of(ERRORS, "OSGI-INF/l10n/result");

    private static Properties load(String baseName, Language language) throws IOException {
        String name = baseName + "_" + language.code() + ".properties";
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue("missing " + name, in != null);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    public void everyKeyExistsInAllFourLanguages() throws IOException {
        assertTrue(load(ERRORS, Language.EN).size() > 10);
        for (String catalog : CATALOGS) {
            TreeSet<String> english = new TreeSet<>(load(catalog, Language.EN).stringPropertyNames());
            for (Language language : Language.values()) {
                assertEquals(catalog + " keys of " + language, english, new TreeSet<>(load(catalog, language).stringPropertyNames()));
                assertEquals(catalog, List.of(), Messages.of(CatalogTest.class, catalog).missingKeys(language));
            }
        }
        for (Language language : Language.values()) {
            assertTrue(language.code(), DiagnosticTexts.MESSAGES.has(language, "error.not-found.assessment"));
        }
    }

    @Test
    public void theErrorsAreNotCopiesOfTheEnglish() throws IOException {
        // the printed result's catalog is left out: "page {0} / {1}" is rightly the same in French
        Properties english = load(ERRORS, Language.EN);
        for (Language language : List.of(Language.FR, Language.ES, Language.PT)) {
            Properties translated = load(ERRORS, language);
            List<String> same = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                if (english.getProperty(key).equals(translated.getProperty(key))) {
                    same.add(key);
                }
            }
            assertEquals(language + " repeats the English of " + same, List.of(), same);
        }
    }

    @Test
    public void everyTextTakesTheArgumentsOfTheEnglish() throws IOException {
        for (String catalog : CATALOGS) {
            Properties english = load(catalog, Language.EN);
            for (Language language : Language.values()) {
                Properties texts = load(catalog, language);
                for (String key : texts.stringPropertyNames()) {
                    assertEquals(catalog + "_" + language.code() + " " + key, arguments(english.getProperty(key)),
                            arguments(texts.getProperty(key)));
                }
            }
        }
    }

    @Test
    public void apostrophesComeOutSingleWithOrWithoutArguments() throws IOException {
        for (String catalog : CATALOGS) {
            for (Language language : Language.values()) {
                Properties texts = load(catalog, language);
                for (String key : texts.stringPropertyNames()) {
                    String text = texts.getProperty(key);
                    String where = catalog + "_" + language.code() + " " + key + ": " + text;
                    if (arguments(text) == 0) {
                        // shown as written: a doubled quote would show doubled
                        assertFalse(where, text.contains("''"));
                    } else {
                        // MessageFormat drops a lone quote and leaves what follows unformatted
                        assertFalse(where, text.replace("''", "").contains("'"));
                    }
                }
            }
        }
    }

    @Test
    public void anErrorKeepsItsEnglishAndReadsInEachLanguage() {
        var text = DiagnosticTexts.MESSAGES.text("error.not-found.peer-assessment", "general", 12345L);
        assertEquals("No submitted assessment of questionnaire 'general' for company '12345'.", text.resolve(Language.EN).orElseThrow());
        assertEquals("Aucune évaluation soumise du questionnaire « general » pour l’entreprise « 12345 ».",
                text.resolve(Language.FR).orElseThrow());
        assertEquals("No assessment '(this link)'.",
                DiagnosticTexts.MESSAGES.text("error.not-found.assessment-link").resolve(Language.EN).orElseThrow());
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormats().length;
    }
}
