package org.cybersudoe.web.internal.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.web.internal.Samples;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.problem.Problem;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;
import org.junit.Test;

/** The nesting limit holds for the whole body, whatever type it is read into. */
public class JsonBodyProviderTest {

    private final JsonBodyProvider provider = new JsonBodyProvider(ObjectMappers.create(WebSettings.DEFAULTS));
    private final Problems problems = new Problems(ProblemCatalog.load(), ObjectMappers.create(WebSettings.DEFAULTS), () -> 64);

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class<?> type, String body) throws IOException {
        return provider.readFrom((Class) type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** The tester's body: 100,000 [ used to be "must be an object". */
    @Test
    public void aHundredThousandOpeningBracketsAreTooDeep() {
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> read(Samples.Team.class, "[".repeat(100_000)));
        Problem problem = problems.of(e, Language.EN, "/api/v1/network/people");
        assertEquals(400, problem.status());
        assertEquals("body", problem.errors().get(0).field());
        assertEquals("too-deep", problem.errors().get(0).code());
        assertEquals("nests arrays and objects deeper than 64 levels", problem.errors().get(0).detail());
    }

    @Test
    public void deepArraysOrObjectsUnderAFieldOfAnotherTypeAreTooDeep() {
        assertThrows(StreamConstraintsException.class,
                () -> read(Samples.Team.class, "{\"name\":" + "[".repeat(65) + "]".repeat(65) + "}"));
        assertThrows(StreamConstraintsException.class,
                () -> read(Samples.Team.class, "{\"name\":" + "{\"a\":".repeat(65) + "1" + "}".repeat(66)));
    }

    @Test
    public void bodiesWithinTheLimitAreReadAsBefore() throws IOException {
        Samples.Bag bag = (Samples.Bag) read(Samples.Bag.class, "{\"name\":\"x\",\"payload\":" + "[".repeat(60) + "]".repeat(60) + "}");
        assertEquals("x", bag.name());
        // a type mismatch within the limit stays the mapping's answer
        assertThrows(MismatchedInputException.class, () -> read(Samples.Team.class, "[[]]"));
    }
}
