package org.cybersudoe.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.cybersudoe.web.internal.problem.Problem;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;
import org.junit.Test;

/**
 * A bad parameter names itself in the caller's language, while English callers keep the
 * sentence they have always been sent.
 */
public class RestParamsTest {

    private final Problems problems = new Problems(ProblemCatalog.load(), ObjectMappers.create(WebSettings.DEFAULTS), () -> 64);

    @Test
    public void aBadDateReadsInTheCallersLanguage() {
        ValidationException e = assertThrows(ValidationException.class, () -> RestParams.date("from", "next monday"));
        assertEquals("The request is not valid: from: must be a date such as 2010-06-17", e.getMessage());
        assertEquals("doit être une date telle que 2010-06-17", e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());

        Problem spanish = problems.of(e, Language.ES, "/api/v1/network/meetings");
        assertEquals("debe ser una fecha como 2010-06-17", spanish.errors().get(0).detail());
        Problem english = problems.of(e, Language.EN, "/api/v1/network/meetings");
        assertEquals("must be a date such as 2010-06-17", english.errors().get(0).detail());
    }

    @Test
    public void aMissingOrBadVersionKeepsItsEnglishApostropheAndTranslates() {
        ValidationException bad = assertThrows(ValidationException.class, () -> RestParams.version(null, "\"v7\""));
        assertEquals("must be the record's version", bad.fieldErrors().get(0).detail());
        assertEquals("must be the record's version", bad.fieldErrors().get(0).text().resolve(Language.EN).orElseThrow());
        assertEquals("deve ser a versão do registo", bad.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());

        ValidationException missing = assertThrows(ValidationException.class, () -> RestParams.version(null, null));
        assertEquals("required", missing.fieldErrors().get(0).code());
        assertEquals("send the version you read (in the body or an If-Match header) so a concurrent change is not overwritten",
                missing.fieldErrors().get(0).detail());
        assertEquals("envoyez la version que vous avez lue (dans le corps ou dans un en-tête If-Match) pour qu’une "
                + "modification concurrente ne soit pas écrasée", missing.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(7L, RestParams.version(null, "W/\"7\""));
    }

    @Test
    public void theETagARecordWasAnsweredWithGivesBackItsVersion() {
        assertEquals(7L, RestParams.version(null, "\"7-9f86d081884c7d65\""));
        assertEquals(7L, RestParams.version(7L, "W/\"7-9f86d081884c7d65\""));
        assertEquals("the version before the dash must agree with the body's", "version",
                assertThrows(ValidationException.class, () -> RestParams.version(6L, "\"7-9f86d081884c7d65\"")).fieldErrors().get(0)
                        .field());
        for (String notATag : List.of("\"-7\"", "\"x-9f86\"", "\"7.5-9f86\"")) {
            assertEquals(notATag, "If-Match",
                    assertThrows(ValidationException.class, () -> RestParams.version(null, notATag)).fieldErrors().get(0).field());
        }
    }

    /** PUT /network/people/19 with If-Match: 2 and "version": 3 used to answer 200 with version 3. */
    @Test
    public void aBodyVersionAndAnIfMatchThatDisagreeAre400NamingVersion() {
        ValidationException e = assertThrows(ValidationException.class, () -> RestParams.version(3L, "2"));
        assertEquals("version", e.fieldErrors().get(0).field());
        assertEquals("invalid-value", e.fieldErrors().get(0).code());
        assertEquals("differs from the version in the If-Match header (2)", e.fieldErrors().get(0).detail());
        assertEquals("diffère de la version de l’en-tête If-Match (2)", e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        Problem portuguese = problems.of(e, Language.PT, "/api/v1/network/people/19");
        assertEquals(400, portuguese.status());
        assertEquals("não coincide com a versão do cabeçalho If-Match (2)", portuguese.errors().get(0).detail());
        // a version of four digits is written as digits, not as 12,345
        assertEquals("differs from the version in the If-Match header (12345)",
                assertThrows(ValidationException.class, () -> RestParams.version(3L, "W/\"12345\"")).fieldErrors().get(0).detail());
        // a header that is not a version is refused even when the body has one
        assertEquals("If-Match", assertThrows(ValidationException.class, () -> RestParams.version(3L, "\"v3\"")).fieldErrors().get(0).field());
    }

    @Test
    public void aBodyVersionAndAnIfMatchThatAgreeOrAnIfMatchStarGiveTheVersion() {
        assertEquals(3L, RestParams.version(3L, "3"));
        assertEquals(3L, RestParams.version(3L, "W/\"3\""));
        assertEquals(3L, RestParams.version(3L, null));
        assertEquals(3L, RestParams.version(3L, " "));
        assertEquals(3L, RestParams.version(3L, "*"));
        assertEquals(2L, RestParams.version(null, "\"2\""));
        assertEquals("If-Match", assertThrows(ValidationException.class, () -> RestParams.version(null, "*")).fieldErrors().get(0).field());
    }

    /** The catalog's English is the sentence the code sends, but for the apostrophe it writes ’. */
    @Test
    public void theCatalogsEnglishIsTheSentenceSent() {
        Messages web = Messages.of(ProblemCatalog.class, ProblemCatalog.BASE_NAME);
        assertEquals("must be a date such as 2010-06-17", web.get(Language.EN, "field.invalid-value.date"));
        assertEquals("must be the record's version", web.get(Language.EN, "field.invalid-value.version").replace('’', '\''));
        assertEquals("send the version you read (in the body or an If-Match header) so a concurrent change is not overwritten",
                web.get(Language.EN, "field.required.version"));
        assertEquals("differs from the version in the If-Match header (2)", web.get(Language.EN, "field.invalid-value.version-mismatch", "2"));
    }

    @Test
    public void anUnknownCodeSaysWhatIsExpectedInTheAreasWords() {
        LocalizedText expected = LocalizedText.of("doit valoir a ou b", "debe ser a o b", "deve ser a ou b", "must be a or b");
        ValidationException e = assertThrows(ValidationException.class,
                () -> RestParams.code("kind", "c", c -> Optional.of(c).filter(x -> x.equals("a") || x.equals("b")), () -> expected));
        assertEquals("The request is not valid: kind: must be a or b", e.getMessage());
        assertEquals("debe ser a o b", e.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        assertEquals("a", RestParams.code("kind", "a", Optional::of, () -> expected));
        assertNull(RestParams.code("kind", " ", Optional::of, () -> {
            throw new AssertionError("the text is only built for an unknown code");
        }));
    }
}
