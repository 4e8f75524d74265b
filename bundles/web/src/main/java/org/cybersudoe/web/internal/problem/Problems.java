package org.cybersudoe.web.internal.problem;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.web.internal.auth.BasicCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns anything a request can fail with into the one problem document of the platform: a
 * service's {@link ProblemException}, a JSON body Jackson could not read, a JAX-RS
 * {@link WebApplicationException}, a body over the limit, or an unexpected error (500, logged
 * with a correlation id that the document carries, never with its stack trace). Stateless.
 */
public final class Problems {

    /** The prefix of every problem type URI. */
    public static final String TYPE_BASE = "https://cybersudoe.org/problems/";

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final String BODY = "body";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ProblemCatalog catalog;
    private final ObjectMapper json;
    private final IntSupplier maxJsonDepth;

    /**
     * @param catalog the texts
     * @param json the mapper that reads bodies, to name enum values as clients write them
     * @param maxJsonDepth the nesting limit in force, quoted when a body passes it
     */
    public Problems(ProblemCatalog catalog, ObjectMapper json, IntSupplier maxJsonDepth) {
        this.catalog = catalog;
        this.json = json;
        this.maxJsonDepth = maxJsonDepth;
    }

    /** The problem for any failure of a request. Never null. */
    public Problem of(Throwable error, Language language, String instance) {
        Throwable t = unwrap(error);
        if (t instanceof ProblemException problem) {
            return fromProblemException(problem, "", language, instance);
        }
        if (t instanceof PayloadTooLargeException tooLarge) {
            return payloadTooLarge(tooLarge.limit(), language, instance);
        }
        if (t instanceof JsonProcessingException jsonError) {
            return fromJson(jsonError, language, instance);
        }
        if (t instanceof WebApplicationException web) {
            return fromWebApplication(web, language, instance);
        }
        return unexpected(t, language, instance);
    }

    /** The 401 for a request without valid credentials; {@code detailKey} is {@code credentials-missing} or {@code credentials-invalid}. */
    public Problem unauthenticated(String detailKey, Language language, String instance) {
        return problem("unauthenticated", 401, catalog.detail(language, detailKey), List.of(), null, language, instance,
                Map.of(HttpHeaders.WWW_AUTHENTICATE, BasicCredentials.CHALLENGE));
    }

    /**
     * The 400 for a SOAP message that CXF could not read as a call of the service (not XML, a
     * value of the wrong type, an operation the WSDL does not have); {@code cause} is CXF's own
     * account of it, in English, kept after the localized sentence.
     */
    public Problem unreadableSoap(String cause, Language language, String instance) {
        return problem("malformed", 400, catalog.detail(language, "malformed-soap", cause == null ? "" : cause.strip()),
                List.of(new ProblemFieldError(BODY, "malformed", catalog.field(language, "malformed-soap"))), null, language,
                instance, Map.of());
    }

    /**
     * The 404 for a path outside every server of the edge (neither under {@code /api} nor a SOAP
     * endpoint's address): its detail says where the API is.
     */
    public Problem notFoundOutsideTheApi(Language language, String instance) {
        return problem("not-found", 404, catalog.detail(language, "http.404.outside", instance == null ? "" : instance),
                List.of(), null, language, instance, Map.of());
    }

    /** The 413 for a body over {@code limit} bytes. */
    public Problem payloadTooLarge(long limit, Language language, String instance) {
        return problem("payload-too-large", 413, catalog.detail(language, "payload-too-large", limit),
                List.of(new ProblemFieldError(BODY, "too-large", catalog.field(language, "too-large", limit))),
                null, language, instance, Map.of());
    }

    /** The 400 for an {@code Idempotency-Key} header that is not 1 to 255 visible ASCII characters. */
    public Problem idempotencyKeyInvalid(Language language, String instance) {
        return problem("validation", 400, catalog.detail(language, "validation"),
                List.of(new ProblemFieldError(IDEMPOTENCY_KEY, "invalid-value",
                        catalog.field(language, "invalid-value.idempotency-key"))), null, language, instance, Map.of());
    }

    /** The 422 for a key the caller already used for a different request (method, path, query or body). */
    public Problem idempotencyKeyReused(Language language, String instance) {
        return problem("idempotency-key-reused", 422, catalog.detail(language, "idempotency-key-reused"),
                List.of(new ProblemFieldError(IDEMPOTENCY_KEY, "reused", catalog.field(language, "reused.idempotency-key"))),
                null, language, instance, Map.of());
    }

    /**
     * The 409 for a key whose first request has no answer yet: it is still running, or the server
     * stopped while it ran. {@code retryAfterSeconds} goes in Retry-After.
     */
    public Problem idempotencyKeyInUse(long retryAfterSeconds, Language language, String instance) {
        return problem("idempotency-key-in-use", 409, catalog.detail(language, "idempotency-key-in-use"),
                List.of(new ProblemFieldError(IDEMPOTENCY_KEY, "in-use", catalog.field(language, "in-use.idempotency-key"))),
                null, language, instance, Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds)));
    }

    /** The 503 for a request with a key when no store of keys is running (no database). */
    public Problem idempotencyUnavailable(Language language, String instance) {
        return problem("unavailable", 503, catalog.detail(language, "idempotency-unavailable"), List.of(), null, language,
                instance, Map.of());
    }

    private Problem fromProblemException(ProblemException p, String fieldPrefix, Language language, String instance) {
        int status = p.status() >= 400 && p.status() <= 599 ? p.status() : 500;
        List<ProblemFieldError> errors = new ArrayList<>();
        for (FieldError e : p.fieldErrors()) {
            String text = e.text() != null
                    ? e.text().resolve(language).orElse(e.detail())
                    : catalog.fieldDetail(language, e.code(), e.detail());
            errors.add(new ProblemFieldError(fieldPrefix + e.field(), e.code(), text));
        }
        String slug = p.type() == null || p.type().isBlank() ? ProblemCatalog.slugFor(status) : p.type();
        Map<String, String> headers = status == 401 ? Map.of(HttpHeaders.WWW_AUTHENTICATE, BasicCredentials.CHALLENGE) : Map.of();
        return problem(slug, status, detail(p, errors, language), errors, null, language, instance, headers);
    }

    /**
     * The problem's detail in the caller's language. A validation problem's English summary
     * lists its fields; in the other languages the summary is rebuilt from the field texts
     * already translated, so that it says the same thing.
     */
    private String detail(ProblemException p, List<ProblemFieldError> errors, Language language) {
        if (!(p instanceof ValidationException) || language == Language.EN || errors.isEmpty()) {
            return p.detail(language);
        }
        String fields = errors.stream()
                .map(e -> catalog.detail(language, "validation.field", e.field(), e.detail()))
                .collect(Collectors.joining("; "));
        return catalog.detail(language, "validation.fields", fields);
    }

    private Problem fromJson(JsonProcessingException error, Language language, String instance) {
        String path = error instanceof JsonMappingException mapping ? path(mapping) : "";
        // Jackson wraps what the parser found inside a property into a JsonMappingException
        // carrying the path: the parser-level reason decides the answer.
        for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof PayloadTooLargeException tooLarge) {
                return payloadTooLarge(tooLarge.limit(), language, instance);
            }
            if (c instanceof StreamConstraintsException constraint) {
                boolean depth = String.valueOf(constraint.getMessage()).contains("depth");
                ProblemFieldError field = depth
                        ? new ProblemFieldError(BODY, "too-deep", catalog.field(language, "too-deep", maxJsonDepth.getAsInt()))
                        : new ProblemFieldError(path.isEmpty() ? BODY : path, "too-long", catalog.field(language, "too-long"));
                return malformed(field, language, instance);
            }
            if (c instanceof JsonParseException) {
                return malformed(new ProblemFieldError(BODY, "malformed", catalog.field(language, "malformed")), language, instance);
            }
            if (c instanceof ProblemException problem) {
                return fromProblemException(problem, path.isEmpty() ? "" : path + ".", language, instance);
            }
        }
        if (error instanceof InvalidDefinitionException) {
            // The server's types cannot be read at all: a bug, not the client's fault.
            return unexpected(error, language, instance);
        }
        String field = path.isEmpty() ? BODY : path;
        ProblemFieldError fieldError;
        if (error instanceof UnrecognizedPropertyException) {
            fieldError = new ProblemFieldError(field, "unknown-field", catalog.field(language, "unknown-field"));
        } else if (error instanceof MismatchedInputException mismatch && isMissing(mismatch)) {
            fieldError = new ProblemFieldError(field, "required", catalog.field(language, "required"));
        } else if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            fieldError = new ProblemFieldError(field, "invalid-value", expected(mismatch.getTargetType(), language));
        } else if (error instanceof ValueInstantiationException instantiation
                && instantiation.getCause() instanceof IllegalArgumentException invalid && invalid.getMessage() != null) {
            fieldError = new ProblemFieldError(field, "invalid-value", invalid.getMessage());
        } else if (error instanceof JsonMappingException) {
            fieldError = new ProblemFieldError(field, "invalid-value", catalog.field(language, "invalid-value"));
        } else {
            return malformed(new ProblemFieldError(BODY, "malformed", catalog.field(language, "malformed")), language, instance);
        }
        return problem("validation", 400, catalog.detail(language, "validation"), List.of(fieldError), null, language,
                instance, Map.of());
    }

    /** A required creator property, or a number or boolean, absent or null. */
    private static boolean isMissing(MismatchedInputException mismatch) {
        String message = String.valueOf(mismatch.getOriginalMessage());
        return message.startsWith("Missing required creator property") || message.contains("FAIL_ON_NULL_FOR_PRIMITIVES");
    }

    private Problem malformed(ProblemFieldError field, Language language, String instance) {
        return problem("malformed", 400, catalog.detail(language, "malformed"), List.of(field), null, language, instance,
                Map.of());
    }

    private String expected(Class<?> type, Language language) {
        if (type.isEnum()) {
            String allowed = Stream.of(type.getEnumConstants()).map(this::jsonName).collect(Collectors.joining(", "));
            return catalog.field(language, "invalid-value.allowed", allowed);
        }
        String hint = hintFor(type);
        return hint == null ? catalog.field(language, "invalid-value")
                : catalog.field(language, "invalid-value.expected", catalog.hint(language, hint));
    }

    private String jsonName(Object enumConstant) {
        try {
            return json.valueToTree(enumConstant).asText();
        } catch (IllegalArgumentException e) {
            return ((Enum<?>) enumConstant).name();
        }
    }

    private static String hintFor(Class<?> type) {
        if (type == int.class || type == long.class || type == short.class || type == byte.class || type == Integer.class
                || type == Long.class || type == Short.class || type == Byte.class || type == java.math.BigInteger.class) {
            return "integer";
        }
        if (type == double.class || type == float.class || type == Double.class || type == Float.class
                || type == java.math.BigDecimal.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == UUID.class) {
            return "uuid";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalTime.class) {
            return "time";
        }
        if (type == LocalDateTime.class) {
            return "local-date-time";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date-time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive() && !type.getName().startsWith("java.")) {
            return "object";
        }
        return null;
    }

    private Problem fromWebApplication(WebApplicationException web, Language language, String instance) {
        Response response = web.getResponse();
        int status = response == null ? 500 : response.getStatus();
        Throwable cause = web.getCause();
        if (cause instanceof JsonProcessingException || cause instanceof PayloadTooLargeException
                || cause instanceof ProblemException) {
            return of(cause, language, instance);
        }
        if (cause instanceof NoContentException) {
            return problem("validation", 400, catalog.detail(language, "body-missing"),
                    List.of(new ProblemFieldError(BODY, "required", catalog.field(language, "required"))), null, language,
                    instance, Map.of());
        }
        if (status == 500) {
            return unexpected(cause == null ? web : cause, language, instance);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (status == 401) {
            headers.put(HttpHeaders.WWW_AUTHENTICATE, BasicCredentials.CHALLENGE);
        }
        if (response != null && response.getHeaderString("Allow") != null) {
            headers.put("Allow", response.getHeaderString("Allow"));
        }
        String message = web.getMessage();
        String detail;
        if (message != null && !message.isBlank() && !message.startsWith("HTTP ")) {
            detail = message;
        } else if (catalog.hasDetail("http." + status)) {
            detail = catalog.detail(language, "http." + status, instance);
        } else {
            detail = catalog.title(language, ProblemCatalog.slugFor(status), status);
        }
        return problem(ProblemCatalog.slugFor(status), status, detail, List.of(), null, language, instance, headers);
    }

    private Problem unexpected(Throwable t, Language language, String instance) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected error answering {} (correlation id {})", instance, correlationId, t);
        return problem("internal-error", 500, catalog.detail(language, "internal-error", correlationId), List.of(),
                correlationId, language, instance, Map.of());
    }

    private Problem problem(String slug, int status, String detail, List<ProblemFieldError> errors, String correlationId,
            Language language, String instance, Map<String, String> headers) {
        return new Problem(TYPE_BASE + slug, catalog.title(language, slug, status), status, detail, instance, errors,
                correlationId, slug, language, headers);
    }

    /** The JSON path of a mapping error as the client wrote it: {@code members[0].role}; empty at the root. */
    static String path(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : error.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t
                && (t instanceof org.apache.cxf.interceptor.Fault || t instanceof InvocationTargetException
                        || t instanceof UndeclaredThrowableException || t instanceof CompletionException
                        || t instanceof ExecutionException)) {
            t = t.getCause();
        }
        return t;
    }
}
