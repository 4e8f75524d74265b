package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

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
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.cybersudoe.engagement.internal.mail.MailKind;
import org.junit.Test;

/** Every text of the area exists in the four languages and comes out as people should read it. */
public class CatalogsTest {

    private static final List<String> CATALOGS = List.of("engagement", "report", "demo");
    // "online" is how Portuguese speakers in Portugal say it too; every other text must be translated.
    private static final Set<String> SAME_AS_ENGLISH = Set.of("pt online");

    private static Properties load(String name, Language l) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogsTest.class.getResourceAsStream("/OSGI-INF/l10n/" + name + "_" + l.code() + ".properties");
                var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** How many arguments a text takes; without any, Messages shows it as written, so a lone ' quotes nothing. */
    private static int arguments(String pattern) {
        return pattern.matches("(?s).*\\{\\d.*") ? new MessageFormat(pattern).getFormatsByArgumentIndex().length : 0;
    }

    @Test
    public void everyCatalogHasEveryKeyInEveryLanguage() {
        for (String name : CATALOGS) {
            Messages m = Messages.of(CatalogsTest.class, "OSGI-INF/l10n/" + name);
            for (Language l : Language.values()) {
                assertEquals(name + "_" + l.code(), List.of(), m.missingKeys(l));
            }
        }
    }

    @Test
    public void theAreaCatalogHasTheSameKeysTakingTheSameArgumentsInEveryLanguage() throws IOException {
        Properties english = load("engagement", Language.EN);
        for (Language l : Language.values()) {
            Properties texts = load("engagement", l);
            assertEquals("keys of engagement_" + l.code(), new TreeSet<>(english.stringPropertyNames()),
                    new TreeSet<>(texts.stringPropertyNames()));
            for (String key : texts.stringPropertyNames()) {
                assertEquals("engagement_" + l.code() + " " + key, arguments(english.getProperty(key)),
                        arguments(texts.getProperty(key)));
            }
        }
    }

    @Test
    public void theAreaCatalogIsTranslatedRatherThanCopiedFromTheEnglish() throws IOException {
        Properties english = load("engagement", Language.EN);
        for (Language l : List.of(Language.FR, Language.ES, Language.PT)) {
            Properties texts = load("engagement", l);
            List<String> same = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                if (english.getProperty(key).equals(texts.getProperty(key)) && !SAME_AS_ENGLISH.contains(l.code() + " " + key)) {
                    same.add(key);
                }
            }
            assertEquals("engagement_" + l.code() + " repeats the English of " + same, List.of(), same);
        }
    }

    @Test
    public void apostrophesComeOutSingleWithOrWithoutArguments() throws IOException {
        for (String name : CATALOGS) {
            for (Language l : Language.values()) {
                Properties p = load(name, l);
                Messages m = Messages.of(CatalogsTest.class, "OSGI-INF/l10n/" + name);
                for (String key : p.stringPropertyNames()) {
                    boolean takesArguments = p.getProperty(key).matches("(?s).*\\{\\d.*");
                    String shown = takesArguments ? m.get(l, key, "X", 2, "Z") : m.get(l, key);
                    assertFalse(name + "_" + l.code() + " " + key + ": " + shown, shown.contains("''"));
                }
            }
        }
    }

    @Test
    public void everyKindOfMessageHasItsSubjectAndBody() {
        for (MailKind kind : MailKind.values()) {
            for (Language l : Language.values()) {
                for (String part : List.of("subject", "body")) {
                    String key = "mail." + kind.code() + "." + part;
                    assertFalse(l + " " + key, EventMail.MESSAGES.get(l, key, "T", 1).equals(key));
                }
            }
        }
    }
}
