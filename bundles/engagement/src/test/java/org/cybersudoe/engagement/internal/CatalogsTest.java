package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.cybersudoe.engagement.internal.mail.MailKind;
import org.junit.Test;

/** Every text of the area exists in the four languages and comes out as people should read it. */
public class CatalogsTest {

    private static final List<String> CATALOGS = List.of("report", "demo");
    // Words that really are the same; every other text must be translated.
    private static final Set<String> SAME_AS_ENGLISH = Set.of(
            "online", // how Portuguese speakers in Portugal say it too
            "console.column.id", // "Id" reads the same in every language
            "console.column.mission", // "Mission" in French
            "console.column.places", // "Places" in French
            "console.column.contact", // "Contact" in French
            "console.column.consultant", // "Consultant" in French
            "console.value.no", // "no" in Spanish
            "console.noun.missions"); // "mission(s)" in French

    @Test
    public void theAreaCatalogReadsWellInEachLanguage() {
        assertEquals(List.of(), EngagementTexts.MESSAGES.review(SAME_AS_ENGLISH));
    }

    @Test
    public void everyOtherCatalogHasEveryKeyInEveryLanguage() {
        for (String name : CATALOGS) {
            Messages m = Messages.of(CatalogsTest.class, "OSGI-INF/l10n/" + name);
            for (Language l : Language.values()) {
                assertEquals(name + "_" + l.code(), List.of(), m.missingKeys(l));
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
