package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.lang.annotation.Annotation;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.cybersudoe.web.internal.problem.Problem;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;
import org.junit.Test;

/** Integer query parameters of every area: a value that is not one is a 400 naming the parameter. */
public class QueryNumbersTest {

    private final QueryNumbers numbers = new QueryNumbers();
    private final Problems problems = new Problems(ProblemCatalog.load(), ObjectMappers.create(WebSettings.DEFAULTS), () -> 64);

    @SuppressWarnings("unused")
    private static void parameters(@QueryParam("limit") Integer limit, @QueryParam("offset") int offset,
            @QueryParam("version") Long version, @QueryParam("size") @DefaultValue("3") int size, @PathParam("id") long id,
            @HeaderParam("X-Count") Integer count, @QueryParam("q") String q) {
    }

    private static Annotation[] annotationsOf(int parameter) throws NoSuchMethodException {
        return QueryNumbersTest.class.getDeclaredMethod("parameters", Integer.class, int.class, Long.class, int.class, long.class,
                Integer.class, String.class).getParameterAnnotations()[parameter];
    }

    private <T> ParamConverter<T> converter(Class<T> type, int parameter) throws NoSuchMethodException {
        return numbers.getConverter(type, type, annotationsOf(parameter));
    }

    @Test
    public void aLimitThatIsNotANumberNamesLimitInEveryLanguage() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> converter(Integer.class, 0).fromString("abc"));
        assertEquals("limit", e.fieldErrors().get(0).field());
        assertEquals("invalid-value", e.fieldErrors().get(0).code());
        assertEquals("must be an integer", e.fieldErrors().get(0).detail());
        Problem french = problems.of(e, Language.FR, "/api/v1/network/people");
        assertEquals(400, french.status());
        assertEquals(Problems.TYPE_BASE + "validation", french.type());
        assertEquals("doit être un nombre entier", french.errors().get(0).detail());
        assertEquals("La requête n’est pas valide : « limit » : doit être un nombre entier", french.detail());
        assertEquals("limit", assertThrows(ValidationException.class, () -> converter(Integer.class, 0).fromString("1.5"))
                .fieldErrors().get(0).field());
    }

    @Test
    public void anOffsetBeyondTheIntRangeSaysTheBound() throws Exception {
        ValidationException e = assertThrows(ValidationException.class, () -> converter(int.class, 1).fromString("99999999999"));
        assertEquals("offset", e.fieldErrors().get(0).field());
        assertEquals("must be at most 2147483647", e.fieldErrors().get(0).detail());
        assertEquals("debe ser como máximo 2147483647", problems.of(e, Language.ES, null).errors().get(0).detail());
        assertEquals("must be at least -2147483648", assertThrows(ValidationException.class,
                () -> converter(int.class, 1).fromString("-2147483649")).fieldErrors().get(0).detail());
        // beyond a long as well
        assertEquals("must be at most 9223372036854775807", assertThrows(ValidationException.class,
                () -> converter(Long.class, 2).fromString("99999999999999999999")).fieldErrors().get(0).detail());
        assertEquals("must be at least -9223372036854775808", assertThrows(ValidationException.class,
                () -> converter(Long.class, 2).fromString("-99999999999999999999")).fieldErrors().get(0).detail());
    }

    @Test
    public void valuesInRangeAreRead() throws Exception {
        assertEquals(Integer.valueOf(2147483647), converter(Integer.class, 0).fromString("2147483647"));
        assertEquals(Integer.valueOf(-20), converter(int.class, 1).fromString(" -20 "));
        assertEquals(Integer.valueOf(20), converter(int.class, 1).fromString("+20"));
        assertEquals(Long.valueOf(99999999999L), converter(Long.class, 2).fromString("99999999999"));
    }

    @Test
    public void anEmptyValueIsAbsent() throws Exception {
        assertNull(converter(Integer.class, 0).fromString(""));
        assertEquals(Integer.valueOf(0), converter(int.class, 1).fromString(" "));
        assertEquals(Integer.valueOf(3), converter(int.class, 3).fromString(""));
    }

    @Test
    public void onlyIntegerQueryParametersAreConverted() throws Exception {
        assertNull("a path parameter keeps JAX-RS's 404", converter(long.class, 4));
        assertNull("a header keeps JAX-RS's 400", converter(Integer.class, 5));
        assertNull(converter(String.class, 6));
        assertNull(numbers.getConverter(Double.class, Double.class, annotationsOf(0)));
        assertNull(numbers.getConverter(Integer.class, Integer.class, null));
    }
}
