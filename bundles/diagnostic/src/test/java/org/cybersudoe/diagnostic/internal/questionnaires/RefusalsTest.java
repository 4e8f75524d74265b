package org.cybersudoe.diagnostic.internal.questionnaires;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.internal.Diagnostics;
import org.cybersudoe.diagnostic.internal.model.QuestionnaireParser;
import org.junit.Test;

/** Why a questionnaire file was refused is kept in every language, its English as it always read. */
public class RefusalsTest {

    @Test
    public void aRefusalKeepsItsEnglishAndReadsInEachLanguage() {
        String broken = new String(Diagnostics.resource("sample-v1"), StandardCharsets.UTF_8).replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        var e = assertThrows(ValidationException.class, () -> new QuestionnaireParser().parse(broken.getBytes(StandardCharsets.UTF_8)));
        var reason = QuestionnaireExtender.reason(e);
        assertEquals("formatVersion: must be 1", reason.resolve(Language.EN).orElseThrow());
        assertEquals("formatVersion: doit valoir 1", reason.resolve(Language.FR).orElseThrow());
    }
}
