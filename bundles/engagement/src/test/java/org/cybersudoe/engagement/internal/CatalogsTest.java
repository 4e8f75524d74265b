package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.cybersudoe.engagement.internal.mail.MailKind;
import org.junit.Test;

/** Every text of the area exists in the four languages and comes out as people should read it. */
public class CatalogsTest {

    private static final List<String> CATALOGS = List.of("engagement", "report", "demo");

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
    public void apostrophesComeOutSingleWithOrWithoutArguments() throws IOException {
        for (String name : CATALOGS) {
            for (Language l : Language.values()) {
                Properties p = new Properties();
                try (InputStream in = CatalogsTest.class.getResourceAsStream("/OSGI-INF/l10n/" + name + "_" + l.code() + ".properties");
                        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                    p.load(reader);
                }
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
