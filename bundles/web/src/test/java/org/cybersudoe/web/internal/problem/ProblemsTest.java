package org.cybersudoe.web.internal.problem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.core.NoContentException;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.interceptor.Fault;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.web.UnauthenticatedException;
import org.cybersudoe.web.internal.Samples;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.junit.Test;

public class ProblemsTest {

    private static final String PATH = "/api/v1/network/teams";

    private final ObjectMapper json = ObjectMappers.create(WebSettings.DEFAULTS);
    private final Problems problems = new Problems(ProblemCatalog.load(), json, () -> 64);

    private Problem readFailure(String body, Class<?> type, Language language) {
        try {
            json.readValue(body, type);
        } catch (Exception e) {
            return problems.of(e, language, PATH);
        }
        fail("expected " + body + " to be refused");
        return null;
    }

    private static ProblemFieldError onlyError(Problem problem) {
        assertEquals(problem.errors().toString(), 1, problem.errors().size());
        return problem.errors().get(0);
    }

    @Test
    public void validationExceptionKeepsStatusTypeAndFieldsAndTranslatesTheirTexts() {
        ValidationException invalid = new ValidationException(List.of(
                new FieldError("name", "required", "is required"),
                new FieldError("members[1].login", "too-long", "must be at most 40 characters")));

        Problem english = problems.of(invalid, Language.EN, PATH);
        assertEquals(400, english.status());
        assertEquals("https://cybersudoe.org/problems/validation", english.type());
        assertEquals("The request is not valid", english.title());
        assertEquals(PATH, english.instance());
        assertEquals("members[1].login", english.errors().get(1).field());
        assertEquals("must be at most 40 characters", english.errors().get(1).detail());

        Problem french = problems.of(invalid, Language.FR, PATH);
        assertEquals("La requête n’est pas valide", french.title());
        assertEquals("est obligatoire", french.errors().get(0).detail());
        assertEquals("est trop long", french.errors().get(1).detail());
        assertEquals("too-long", french.errors().get(1).code());
        assertEquals("The request is not valid: name: is required; members[1].login: must be at most 40 characters",
                english.detail());
        assertEquals("La requête n’est pas valide : « name » : est obligatoire; « members[1].login » : est trop long", french.detail());
    }

    @Test
    public void anAreaWordingItsProblemInEveryLanguageIsAnsweredInTheCallersLanguage() {
        LocalizedText gone = LocalizedText.of("Aucune réunion « 7 ».", "No existe ninguna reunión «7».", "Não existe nenhuma reunião «7».",
                "No meeting '7'.");
        Problem french = problems.of(new org.cybersudoe.core.error.NotFoundException(gone), Language.FR, PATH);
        assertEquals(404, french.status());
        assertEquals("Aucune réunion « 7 ».", french.detail());
        assertEquals("No meeting '7'.", problems.of(new org.cybersudoe.core.error.NotFoundException(gone), Language.EN, PATH).detail());

        LocalizedText clash = LocalizedText.of("Le code « fib » existe déjà.", null, null, "Code 'fib' exists.");
        Problem conflict = problems.of(new ConflictException("code", clash), Language.FR, PATH);
        assertEquals("Le code « fib » existe déjà.", conflict.detail());
        assertEquals("Le code « fib » existe déjà.", onlyError(conflict).detail());
        // a language the area did not word falls back to English, as every text does
        assertEquals("Code 'fib' exists.", problems.of(new ConflictException("code", clash), Language.ES, PATH).detail());
    }

    @Test
    public void aFieldWordedByTheAreaWinsOverTheTranslationOfItsCode() {
        LocalizedText why = LocalizedText.of("doit être postérieure au début", null, null, "must be after the start");
        Problem problem = problems.of(new ValidationException(List.of(new FieldError("end", "invalid-value", why))), Language.FR, PATH);
        assertEquals("doit être postérieure au début", onlyError(problem).detail());
        assertEquals("La requête n’est pas valide : « end » : doit être postérieure au début", problem.detail());
    }

    @Test
    public void accessDeniedKeepsTheAreaTypeAndLocalizesItsTitle() {
        Problem problem = problems.of(new AccessDeniedException("partner.scope", "User 'ana' may not change records of partner 'ES01'."),
                Language.ES, PATH);
        assertEquals(403, problem.status());
        assertEquals("https://cybersudoe.org/problems/partner.scope", problem.type());
        assertEquals("Fuera del ámbito de su socio", problem.title());
        assertEquals("User 'ana' may not change records of partner 'ES01'.", problem.detail());
    }

    @Test
    public void anAreaTypeTheEdgeDoesNotKnowGetsTheTitleOfItsStatus() {
        Problem problem = problems.of(new AccessDeniedException("benchmark.charter", "Not signed."), Language.PT, PATH);
        assertEquals("https://cybersudoe.org/problems/benchmark.charter", problem.type());
        assertEquals("Acesso negado", problem.title());
    }

    @Test
    public void unauthenticatedCarriesTheBasicChallenge() {
        Problem problem = problems.of(new UnauthenticatedException("no credentials"), Language.EN, PATH);
        assertEquals(401, problem.status());
        assertEquals("Basic realm=\"CyberSudoe\"", problem.headers().get("WWW-Authenticate"));
    }

    @Test
    public void nestedUnknownFieldIsNamedByItsPath() {
        Problem problem = readFailure(
                "{\"name\":\"Core\",\"members\":[{\"login\":\"ana\",\"role\":\"ADMIN\"},{\"login\":\"bo\",\"colour\":\"red\"}]}",
                Samples.Team.class, Language.EN);
        assertEquals(400, problem.status());
        assertEquals("https://cybersudoe.org/problems/validation", problem.type());
        ProblemFieldError error = onlyError(problem);
        assertEquals("members[1].colour", error.field());
        assertEquals("unknown-field", error.code());
        assertEquals("is not a known field", error.detail());
    }

    @Test
    public void badEnumValueNamesTheFieldAndListsTheAllowedValues() {
        Problem problem = readFailure("{\"members\":[{\"login\":\"ana\",\"role\":\"admin\"}]}", Samples.Team.class, Language.FR);
        ProblemFieldError error = onlyError(problem);
        assertEquals("members[0].role", error.field());
        assertEquals("invalid-value", error.code());
        assertEquals("doit valoir l’une des valeurs : ADMIN, STAFF, OBSERVER", error.detail());
    }

    @Test
    public void enumGivenAsANumberIsRefusedRatherThanTakenAsAnOrdinal() {
        Problem problem = readFailure("{\"members\":[{\"role\":1}]}", Samples.Team.class, Language.EN);
        assertEquals("members[0].role", onlyError(problem).field());
        assertTrue(onlyError(problem).detail(), onlyError(problem).detail().contains("ADMIN, STAFF, OBSERVER"));
    }

    @Test
    public void malformedJsonIsAMalformedBody() {
        Problem problem = readFailure("{\"name\": \"Core\", ", Samples.Team.class, Language.EN);
        assertEquals(400, problem.status());
        assertEquals("https://cybersudoe.org/problems/malformed", problem.type());
        assertEquals("body", onlyError(problem).field());
        assertEquals("malformed", onlyError(problem).code());
    }

    @Test
    public void malformedJsonDeepInsideTheBodyIsStillAMalformedBody() {
        Problem problem = readFailure("{\"members\":[{\"login\": tru }]}", Samples.Team.class, Language.EN);
        assertEquals("https://cybersudoe.org/problems/malformed", problem.type());
        assertEquals("body", onlyError(problem).field());
    }

    @Test
    public void bodyNestedDeeperThanTheLimitIsRefusedNamingTheLimit() {
        String deep = "[".repeat(70) + "]".repeat(70);
        Problem problem = readFailure("{\"name\":\"x\",\"payload\":" + deep + "}", Samples.Bag.class, Language.EN);
        assertEquals(400, problem.status());
        assertEquals("too-deep", onlyError(problem).code());
        assertEquals("nests arrays and objects deeper than 64 levels", onlyError(problem).detail());
    }

    @Test
    public void missingRequiredCreatorPropertyIsRequired() {
        Problem problem = readFailure("{\"label\":\"x\"}", Samples.Strict.class, Language.PT);
        assertEquals("code", onlyError(problem).field());
        assertEquals("required", onlyError(problem).code());
        assertEquals("é obrigatório", onlyError(problem).detail());
    }

    @Test
    public void aMissingOrNullNumberIsRequiredRatherThanSilentlyZero() {
        ProblemFieldError missing = onlyError(readFailure("{\"name\":\"Core\"}", Samples.Team.class, Language.EN));
        assertEquals("size", missing.field());
        assertEquals("required", missing.code());
        ProblemFieldError explicitNull = onlyError(readFailure("{\"size\":null}", Samples.Team.class, Language.EN));
        assertEquals("size", explicitNull.field());
        assertEquals("required", explicitNull.code());
    }

    @Test
    public void wrongTypesSayWhatIsExpected() {
        assertEquals("must be an integer", onlyError(readFailure("{\"size\":\"many\"}", Samples.Team.class, Language.EN)).detail());
        assertEquals("must be an integer", onlyError(readFailure("{\"size\":2.5}", Samples.Team.class, Language.EN)).detail());
        ProblemFieldError date = onlyError(readFailure("{\"founded\":\"31/01/2025\"}", Samples.Team.class, Language.ES));
        assertEquals("founded", date.field());
        assertEquals("debe ser una fecha como 2025-01-31", date.detail());
        ProblemFieldError list = onlyError(readFailure("{\"members\":{\"login\":\"ana\"}}", Samples.Team.class, Language.EN));
        assertEquals("members", list.field());
        assertEquals("must be an array", list.detail());
    }

    @Test
    public void aWallClockTimeGivenWithAnOffsetIsRefusedRatherThanMovedUnseen() {
        ProblemFieldError utc = onlyError(readFailure("{\"start\":\"2027-02-10T09:30:00Z\"}", Samples.Meeting.class, Language.FR));
        assertEquals("start", utc.field());
        assertEquals("doit être une date et une heure locales, sans décalage horaire, telles que 2025-01-31T14:30:00", utc.detail());
        ProblemFieldError offset = onlyError(readFailure("{\"start\":\"2027-02-10T09:30:00+05:00\"}", Samples.Meeting.class,
                Language.EN));
        assertEquals("must be a local date and time, without an offset, such as 2025-01-31T14:30:00", offset.detail());
    }

    @Test
    public void wrongTopLevelShapeNamesTheBody() {
        ProblemFieldError error = onlyError(readFailure("[1,2]", Samples.Team.class, Language.EN));
        assertEquals("body", error.field());
        assertEquals("invalid-value", error.code());
    }

    @Test
    public void aRecordRefusingItsValueNamesTheFieldAndSaysWhy() {
        ProblemFieldError error = onlyError(readFailure("{\"name\":\"  \"}", Samples.Checked.class, Language.EN));
        assertEquals("invalid-value", error.code());
        assertEquals("must not be blank", error.detail());
    }

    @Test
    public void webApplicationExceptionsKeepTheirStatus() {
        Problem notFound = problems.of(new NotFoundException(), Language.EN, "/api/v1/nothing");
        assertEquals(404, notFound.status());
        assertEquals("https://cybersudoe.org/problems/not-found", notFound.type());
        assertEquals("Nothing answers at /api/v1/nothing.", notFound.detail());

        Problem notAllowed = problems.of(new NotAllowedException("GET", new String[] {"HEAD"}), Language.FR, PATH);
        assertEquals(405, notAllowed.status());
        assertEquals("Méthode non autorisée", notAllowed.title());
        assertTrue(notAllowed.headers().get("Allow"), notAllowed.headers().get("Allow").contains("GET"));

        Problem ownMessage = problems.of(new NotFoundException("No partner 'XX'."), Language.EN, PATH);
        assertEquals("No partner 'XX'.", ownMessage.detail());
    }

    @Test
    public void missingBodyIsARequiredBody() {
        Problem problem = problems.of(new BadRequestException(new NoContentException("empty")), Language.EN, PATH);
        assertEquals(400, problem.status());
        assertEquals("body", onlyError(problem).field());
        assertEquals("required", onlyError(problem).code());
    }

    @Test
    public void bodyTooLargeIs413NamingTheLimit() {
        Problem problem = problems.of(new PayloadTooLargeException(2048), Language.EN, PATH);
        assertEquals(413, problem.status());
        assertEquals("https://cybersudoe.org/problems/payload-too-large", problem.type());
        assertEquals("The request body is larger than the 2,048 bytes accepted.", problem.detail());
    }

    @Test
    public void unexpectedErrorsAre500WithACorrelationIdAndNoInternals() {
        Problem problem = problems.of(new IllegalStateException("password=hunter2 at row 12"), Language.EN, PATH);
        assertEquals(500, problem.status());
        assertEquals("https://cybersudoe.org/problems/internal-error", problem.type());
        assertNotNull(problem.correlationId());
        assertTrue(problem.detail(), problem.detail().contains(problem.correlationId()));
        assertFalse(problem.detail().contains("hunter2"));
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    public void problemsWrappedByCxfAreUnwrapped() {
        Problem problem = problems.of(new Fault(new AccessDeniedException("admin", "Only admins.")), Language.EN, PATH);
        assertEquals(403, problem.status());
        assertEquals("https://cybersudoe.org/problems/admin", problem.type());
        assertNull(problem.correlationId());
    }
}
