package org.cybersudoe.benchmark.internal;

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

public class BenchmarkTextsTest {

    private static final String BASE_NAME = "OSGI-INF/l10n/benchmark";

    private static Properties load(Language language) throws IOException {
        String name = BASE_NAME + "_" + language.code() + ".properties";
        try (InputStream in = BenchmarkTextsTest.class.getClassLoader().getResourceAsStream(name)) {
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
        assertTrue(english.stream().anyMatch(k -> k.startsWith("error.")));
        for (Language language : Language.values()) {
            assertEquals("keys of " + language, english, new TreeSet<>(load(language).stringPropertyNames()));
            assertEquals(List.of(), BenchmarkTexts.MESSAGES.missingKeys(language));
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
    public void everyTextTakesTheSameArgumentsAsTheEnglishAndShowsThemAll() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                int count = arguments(english.getProperty(key));
                assertEquals(language + " " + key, count, arguments(text));
                if (count == 0) {
                    // shown as written: a doubled quote would show doubled
                    assertFalse(language + " " + key, text.contains("''"));
                    continue;
                }
                // a lone straight quote would swallow the arguments after it
                Object[] args = new Object[count];
                for (int i = 0; i < count; i++) {
                    args[i] = "ARG" + i;
                }
                String shown = BenchmarkTexts.MESSAGES.get(language, key, args);
                for (Object arg : args) {
                    assertTrue(language + " " + key + ": " + shown, shown.contains((String) arg));
                }
                assertFalse(language + " " + key + ": " + shown, shown.contains("{"));
            }
        }
    }
}
