package org.cybersudoe.core.shell;

import static org.junit.Assert.assertEquals;

import java.util.Map;

import org.cybersudoe.core.i18n.Language;
import org.junit.Test;

public class ConsoleLanguageTest {

    @Test
    public void aPosixLocaleGivesItsLanguage() {
        assertEquals(Language.FR, ConsoleLanguage.fromLocale("fr_FR.UTF-8"));
        assertEquals(Language.ES, ConsoleLanguage.fromLocale("es_ES@euro"));
        assertEquals(Language.PT, ConsoleLanguage.fromLocale("pt"));
        assertEquals(Language.PT, ConsoleLanguage.fromLocale("pt-BR"));
        assertEquals(Language.EN, ConsoleLanguage.fromLocale("en_GB.UTF-8"));
    }

    @Test
    public void otherLocalesReadEnglish() {
        assertEquals(Language.EN, ConsoleLanguage.fromLocale("C.UTF-8"));
        assertEquals(Language.EN, ConsoleLanguage.fromLocale("POSIX"));
        assertEquals(Language.EN, ConsoleLanguage.fromLocale("de_DE.UTF-8"));
        assertEquals(Language.EN, ConsoleLanguage.fromLocale(null));
    }

    @Test
    public void lcAllThenLcMessagesThenLangDecide() {
        assertEquals(Language.ES, ConsoleLanguage.of(ConsoleSessions.withVariables(
                Map.of("LC_ALL", "es_ES.UTF-8", "LC_MESSAGES", "fr_FR.UTF-8", "LANG", "pt_PT.UTF-8"))));
        assertEquals(Language.FR, ConsoleLanguage.of(ConsoleSessions.withVariables(
                Map.of("LC_MESSAGES", "fr_FR.UTF-8", "LANG", "pt_PT.UTF-8"))));
        assertEquals(Language.PT, ConsoleLanguage.of(ConsoleSessions.withVariables(Map.of("LANG", "pt_PT.UTF-8"))));
        assertEquals("a blank variable does not decide", Language.PT,
                ConsoleLanguage.of(ConsoleSessions.withVariables(Map.of("LC_ALL", " ", "LANG", "pt_PT.UTF-8"))));
    }

    @Test
    public void aSessionThatSaysNothingReadsEnglish() {
        assertEquals(Language.EN, ConsoleLanguage.of(ConsoleSessions.withVariables(Map.of())));
        assertEquals("a command run without a session (tests)", Language.EN, ConsoleLanguage.of(null));
    }
}
