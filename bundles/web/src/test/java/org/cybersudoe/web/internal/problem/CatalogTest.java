package org.cybersudoe.web.internal.problem;

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

public class CatalogTest {

    private static Properties load(Language language) throws IOException {
        String name = ProblemCatalog.BASE_NAME + "_" + language.code() + ".properties";
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
        assertTrue(english.size() > 40);
        for (Language language : Language.values()) {
            assertEquals("keys of " + language, english, new TreeSet<>(load(language).stringPropertyNames()));
            assertEquals(List.of(), Messages.of(ProblemCatalog.class, ProblemCatalog.BASE_NAME).missingKeys(language));
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
    public void everyTextIsAValidMessageFormatWithTheSameArguments() throws IOException {
        Properties english = load(Language.EN);
        for (Language language : Language.values()) {
            Properties texts = load(language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertFalse(language + " " + key + " uses ' which MessageFormat would eat", text.contains("'"));
                int arguments = new MessageFormat(text).getFormats().length;
                assertEquals(language + " " + key, new MessageFormat(english.getProperty(key)).getFormats().length, arguments);
            }
        }
    }

    @Test
    public void acceptLanguagePicksTheTitleLanguage() {
        ProblemCatalog catalog = ProblemCatalog.load();
        assertEquals("Introuvable", catalog.title(Messages.negotiate("fr-FR,fr;q=0.9,en;q=0.5"), "not-found", 404));
        assertEquals("No encontrado", catalog.title(Messages.negotiate("es-ES"), "not-found", 404));
        assertEquals("Não encontrado", catalog.title(Messages.negotiate("de-DE,pt-BR;q=0.8"), "not-found", 404));
        assertEquals("Not found", catalog.title(Messages.negotiate("de-DE"), "not-found", 404));
        assertEquals("Not found", catalog.title(Messages.negotiate(null), "not-found", 404));
    }
}
