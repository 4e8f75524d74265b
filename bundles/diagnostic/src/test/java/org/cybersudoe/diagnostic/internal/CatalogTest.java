package org.cybersudoe.diagnostic.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.junit.Test;

/** Every text of the area exists in the four languages and reads as people should see it. */
public class CatalogTest {

    @Test
    public void theErrorsAndTheConsoleReadWellInEachLanguage() {
        // column names that French writes as English does
        assertEquals(List.of(), DiagnosticTexts.MESSAGES.review(Set.of("console.column.questionnaire", "console.column.code",
                "console.column.version", "console.column.dimensions", "console.column.questions")));
    }

    @Test
    public void thePrintedResultReadsWellInEachLanguage() {
        // a list of fields, "page" in French and "online" in Portuguese are rightly the same as the English
        assertEquals(List.of(), Messages.of(CatalogTest.class, "OSGI-INF/l10n/result").review(Set.of("pdf.event", "pdf.page", "pdf.online")));
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
}
