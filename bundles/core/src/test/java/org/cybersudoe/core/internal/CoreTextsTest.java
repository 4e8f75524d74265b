package org.cybersudoe.core.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

public class CoreTextsTest {

    @Test
    public void everyTextOfTheCoreExistsInEachLanguage() {
        for (Language language : Language.values()) {
            assertEquals(language.code(), List.of(), CoreTexts.MESSAGES.missingKeys(language));
        }
    }
}
