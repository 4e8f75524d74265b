package org.cybersudoe.benchmark.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import javax.ws.rs.ext.Providers;

import org.cybersudoe.benchmark.GoldenRuleDraft;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.internal.Fakes;
import org.cybersudoe.benchmark.internal.TestDatabase;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.RestCallers;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The REST resources called as the server calls them, with the caller and the JSON reader it injects. */
public class ResourceTest {

    private TestDatabase database;
    private Fakes.Area area;
    private SheetResource sheets;

    @Before
    public void setUp() {
        database = TestDatabase.fresh("rest");
        area = Fakes.area(database);
        sheets = new SheetResource(area.sheets());
    }

    @After
    public void tearDown() {
        database.close();
    }

    private static SecurityContext as(Caller caller) {
        return RestCallers.securityContextOf(caller);
    }

    /** The server's JSON reader as far as these bodies need it: Jackson, refusing unknown fields. */
    private static final Providers JSON = new Providers() {
        private final ObjectMapper mapper = new ObjectMapper();

        @Override
        @SuppressWarnings("unchecked")
        public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
                MediaType mediaType) {
            return new MessageBodyReader<T>() {
                @Override
                public boolean isReadable(Class<?> t, Type g, Annotation[] a, MediaType m) {
                    return true;
                }

                @Override
                public T readFrom(Class<T> t, Type g, Annotation[] a, MediaType m, MultivaluedMap<String, String> headers,
                        InputStream in) throws IOException {
                    return (T) mapper.readValue(in, t);
                }
            };
        }

        @Override
        public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
                MediaType mediaType) {
            return null;
        }

        @Override
        public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
            return null;
        }

        @Override
        public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
            return null;
        }
    };

    private static InputStream body(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private Sheet submitted() {
        LocalizedText t = LocalizedText.of(Language.ES, "Talleres de seguridad");
        Sheet s = area.sheets().create(Fakes.FIB_STAFF, new SheetDraft("fib", null, t, t, t, List.of("is-security"),
                List.of(), "workshop", null, null, null, t, t, t, t));
        return area.sheets().submit(Fakes.FIB_STAFF, s.id());
    }

    @Test
    public void publishingWithoutABodyIsPublishingWithoutAComment() throws IOException {
        Sheet first = submitted();
        // who may not review is told so, not that a body is missing
        assertThrows(AccessDeniedException.class,
                () -> sheets.publish(as(Fakes.FIB_STAFF), JSON, null, first.id(), body("")));
        assertThrows(NotFoundException.class,
                () -> sheets.publish(as(Fakes.EVALUATOR), JSON, null, first.id(), body("")));

        Bodies.SheetBody published = sheets.publish(as(Fakes.CIEBI_ADMIN), JSON, null, first.id(), body(""));
        assertEquals("published", published.status());
        assertNull(published.reviewComment());

        Sheet second = submitted();
        assertEquals("Clear and complete", sheets.publish(as(Fakes.CIEBI_ADMIN), JSON, null, second.id(),
                body(" {\"comment\": \"Clear and complete\"} ")).reviewComment());
        Sheet third = submitted();
        assertThrows(JsonProcessingException.class,
                () -> sheets.publish(as(Fakes.CIEBI_ADMIN), JSON, null, third.id(), body("{\"remark\": \"typo\"}")));
        assertEquals("submitted", sheets.get(as(Fakes.CIEBI_ADMIN), null, third.id()).status());
    }

    @Test
    public void aSearchOfTooManyWordsNamesTheQueryParameter() {
        String words = String.join(" ", Collections.nCopies(51, "atelier"));
        ValidationException e = assertThrows(ValidationException.class, () -> sheets.search(as(Fakes.EVALUATOR), null,
                words, null, null, null, null, null, null, null, null, null, null));
        assertEquals(List.of("q"), e.fieldErrors().stream().map(x -> x.field()).toList());
        assertEquals("must be at most 50 words", e.fieldErrors().get(0).detail());
        assertEquals(0, sheets.search(as(Fakes.EVALUATOR), null, String.join(" ", Collections.nCopies(50, "atelier")),
                null, null, null, null, null, null, null, null, null, null).total());
    }

    @Test
    public void deletingAGoldenRuleNeedsTheVersionRead() {
        CharterResource charter = new CharterResource(area.charter());
        LocalizedText all = LocalizedText.of("Règle", "Regla", "Regra", "Rule");
        area.charter().createRule(Fakes.ADMIN, new GoldenRuleDraft("xb-rule", null, all, all, List.of()));
        ValidationException noVersion = assertThrows(ValidationException.class,
                () -> charter.deleteRule(as(Fakes.ADMIN), "xb-rule", null, null));
        assertEquals("version", noVersion.fieldErrors().get(0).field());
        ValidationException badTag = assertThrows(ValidationException.class,
                () -> charter.deleteRule(as(Fakes.ADMIN), "xb-rule", null, "latest"));
        assertEquals("If-Match", badTag.fieldErrors().get(0).field());
        assertEquals("xb-rule", charter.rule(as(Fakes.EVALUATOR), "xb-rule").code());
    }
}
