package org.cybersudoe.outreach.internal;

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
import java.util.Set;
import java.util.TreeSet;

import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

/** Every text of the area, errors included, exists in the four languages and reads as people should see it. */
public class CatalogTest {

    private static final String BASE_NAME = "OSGI-INF/l10n/outreach";

    // "[TEST]" is the same word in French; every other text has a wording of its own.
    private static final Set<String> SAME_IN_FRENCH = Set.of("mail.test");

    private static Properties load(Language language) throws IOException {
        String name = BASE_NAME + "_" + language.code() + ".properties";
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue("missing " + name, in != null);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    public void everyKeyExistsInAllFourLanguages() throws IOException {
        TreeSet<String> english = new TreeSet<>(load(Language.EN).stringPropertyNames());
        assertTrue(english.stream().filter(k -> k.startsWith("error.")).count() > 10);
        for (Language language : Language.values()) {
            assertEquals("keys of " + language, english, new TreeSet<>(load(language).stringPropertyNames()));
            assertEquals(List.of(), OutreachTexts.MESSAGES.missingKeys(language));
        }
    }

    @Test
    public void translationsAreNotCopiesOfTheEnglish() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : List.of(Language.FR, Language.ES, Language.PT)) {
            Properties translated = load(language);
            List<String> same = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                if (english.getProperty(key).equals(translated.getProperty(key))
                        && !(language == Language.FR && SAME_IN_FRENCH.contains(key))) {
                    same.add(key);
                }
            }
            assertEquals(language + " repeats the English of " + same, List.of(), same);
        }
    }

    @Test
    public void everyTextTakesTheArgumentsOfTheEnglish() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertEquals(language + " " + key, arguments(english.getProperty(key)), arguments(texts.getProperty(key)));
            }
        }
    }

    @Test
    public void apostrophesComeOutSingleWithOrWithoutArguments() throws IOException {
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (arguments(text) == 0) {
                    // shown as written: a doubled quote would show doubled
                    assertFalse(language + " " + key + ": " + text, text.contains("''"));
                } else {
                    // MessageFormat drops a lone quote and leaves what follows unformatted
                    assertFalse(language + " " + key + ": " + text, text.replace("''", "").contains("'"));
                }
            }
        }
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

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormats().length;
    }
}
