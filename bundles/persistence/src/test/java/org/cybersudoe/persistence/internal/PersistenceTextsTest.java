package org.cybersudoe.persistence.internal;

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
import org.junit.Test;

/**
 * The catalog of the conflicts every area's database reports: each reads in every language, and the
 * English is what integrators have always been shown.
 */
public class PersistenceTextsTest {

    private static final String BASE_NAME = "OSGI-INF/l10n/persistence";

    private static Properties load(Language language) throws IOException {
        String name = BASE_NAME + "_" + language.code() + ".properties";
        try (InputStream in = PersistenceTextsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertTrue("missing " + name, in != null);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    @Test
    public void everyKeyExistsInAllFourLanguages() throws IOException {
        TreeSet<String> english = new TreeSet<>(load(Language.EN).stringPropertyNames());
        assertFalse(english.isEmpty());
        assertTrue(english.toString(), english.stream().allMatch(key -> key.startsWith("error.")));
        for (Language language : Language.values()) {
            assertEquals("keys of " + language, english, new TreeSet<>(load(language).stringPropertyNames()));
            assertEquals(language.code(), List.of(), PersistenceTexts.MESSAGES.missingKeys(language));
        }
    }

    @Test
    public void translationsAreNotCopiesOfTheEnglish() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : List.of(Language.FR, Language.ES, Language.PT)) {
            Properties translated = load(language);
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
    public void everyLanguageTakesTheArgumentsOfTheEnglish() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                assertEquals(language + " " + key, arguments(english.getProperty(key)), arguments(texts.getProperty(key)));
            }
        }
    }

    /**
     * What the caller reads is the pattern with its arguments in place: a quote MessageFormat
     * would swallow shows here as a missing argument or a missing apostrophe.
     */
    @Test
    public void argumentsAndApostrophesComeOutAsWritten() throws IOException {
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                int count = arguments(pattern);
                Object[] args = new Object[count];
                String expected = count == 0 ? pattern : pattern.replace("''", "'");
                for (int i = 0; i < count; i++) {
                    args[i] = "ARG" + i;
                    expected = expected.replace("{" + i + "}", "ARG" + i);
                }
                String shown = PersistenceTexts.MESSAGES.text(key, args).exact(language).orElseThrow();
                assertEquals(language + " " + key, expected, shown);
                if (language != Language.EN) {
                    assertFalse(language + " " + key + " uses a straight quote, not ’ or « »", pattern.contains("'"));
                }
            }
        }
    }
}
