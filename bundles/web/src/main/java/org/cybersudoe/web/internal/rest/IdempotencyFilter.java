package org.cybersudoe.web.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.cybersudoe.core.digest.Sha256;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.idempotency.Claim;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.core.idempotency.RequestKey;
import org.cybersudoe.core.idempotency.StoredAnswer;
import org.cybersudoe.web.internal.IdempotentRequests;
import org.cybersudoe.web.internal.IdempotentRequests.HeldAnswer;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a POST or PATCH sent again with the same {@code Idempotency-Key} header with the answer
 * the first one got, instead of running it twice: a client that lost an answer (a timeout, a
 * dropped connection) can retry a creation or an action safely. The key is the caller's own:
 * two users never share one. What the first request was (method, path, query, content type and
 * body) is kept as a hash, and a key sent again with another request is refused (422).
 *
 * <p>The request's claim on the key is committed before it runs, and its answer after it ran and
 * before the answer is sent. So a retry either finds the answer or finds the key taken with no
 * answer (409, with Retry-After): the request is still running, or the server stopped between
 * the two commits, and then whether the request took effect is not known. Answers of 500 and
 * above are not kept: the key is freed and a retry runs the request again. An answer larger than
 * the kept-answer limit is not kept either. PUT and DELETE are idempotent already, GET and HEAD
 * change nothing, and anonymous calls have no caller to scope a key to: the header is ignored on
 * those.
 */
@Priority(Priorities.USER)
final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PATCH");
    /** The headers a replay carries again: those that describe the body or point to the record. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.LOCATION, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.ETAG);
    private static final String IN_FLIGHT = IdempotencyFilter.class.getName() + ".inFlight";

    private final Supplier<IdempotencyStore> store;
    private final Supplier<WebSettings> settings;
    private final Problems problems;
    private final Clock clock;

    /**
     * @param store the store of keys in service, or null while there is none
     * @param settings the settings in force (the keys' lifetime)
     * @param problems writes the refusals
     * @param clock the time of claims
     */
    IdempotencyFilter(Supplier<IdempotencyStore> store, Supplier<WebSettings> settings, Problems problems, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(IdempotentRequests.HEADER);
        if (header == null || !METHODS.contains(request.getMethod())) {
            return;
        }
        String caller = request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
                ? null : request.getSecurityContext().getUserPrincipal().getName();
        if (caller == null) {
            return;
        }
        Language language = RequestProblems.language(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        String key = IdempotentRequests.unquoted(header.strip());
        if (!RequestKey.isValidKey(key)) {
            request.abortWith(RequestProblems.toResponse(problems.idempotencyKeyInvalid(language, instance)));
            return;
        }
        IdempotencyStore keys = store.get();
        if (keys == null) {
            request.abortWith(RequestProblems.toResponse(problems.idempotencyUnavailable(language, instance)));
            return;
        }
        RequestKey requestKey = new RequestKey(caller, key);
        MessageDigest fingerprint = fingerprintOfTarget(request);
        InputStream body = spoolBody(request, fingerprint);
        Instant now = clock.instant();
        Instant expiredBefore = now.minus(settings.get().idempotencyKeyLifetime());
        Claim claim = keys.claim(requestKey, HexFormat.of().formatHex(fingerprint.digest()), now, expiredBefore);
        if (claim instanceof Claim.Granted) {
            exchange().put(IN_FLIGHT, new InFlight(keys, requestKey, body));
            return;
        }
        body.close();
        if (claim instanceof Claim.Replay replay) {
            request.abortWith(replayed(replay.answer()));
        } else if (claim instanceof Claim.OtherRequest) {
            request.abortWith(RequestProblems.toResponse(problems.idempotencyKeyReused(language, instance)));
        } else {
            request.abortWith(RequestProblems.toResponse(problems.idempotencyKeyInUse(IdempotentRequests.RETRY_AFTER_SECONDS, language, instance)));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        Exchange exchange = exchange();
        if (!(exchange.get(IN_FLIGHT) instanceof InFlight inFlight)) {
            return;
        }
        inFlight.body().close();
        if (response.getStatus() >= 500) {
            exchange.remove(IN_FLIGHT);
            inFlight.store().release(inFlight.key());
        } else if (!response.hasEntity()) {
            exchange.remove(IN_FLIGHT);
            inFlight.store().complete(inFlight.key(),
                    new StoredAnswer(response.getStatus(), kept(response.getHeaders(), response.getMediaType()), null));
        } else {
            // the body is kept as it is written, by aroundWriteTo
            inFlight.answered(response.getStatus());
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Exchange exchange = exchange();
        if (!(exchange.get(IN_FLIGHT) instanceof InFlight inFlight) || inFlight.status() == 0) {
            context.proceed();
            return;
        }
        exchange.remove(IN_FLIGHT);
        OutputStream wire = context.getOutputStream();
        HeldAnswer written = new HeldAnswer(wire);
        context.setOutputStream(written);
        try {
            context.proceed();
        } catch (IOException | RuntimeException e) {
            if (!written.passedThrough()) {
                inFlight.store().release(inFlight.key());
            }
            throw e;
        }
        if (written.passedThrough()) {
            LOG.warn("The answer to {} was larger than {} bytes and is not kept: a retry with the same key runs the request again",
                    inFlight.key().key(), IdempotentRequests.MAX_KEPT_BYTES);
            inFlight.store().release(inFlight.key());
            return;
        }
        // kept before the client can see it, so a retry after the answer always finds it
        inFlight.store().complete(inFlight.key(), new StoredAnswer(inFlight.status(),
                kept(context.getHeaders(), context.getMediaType()), written.bytes()));
        context.setOutputStream(wire);
        written.release();
    }

    /**
     * What makes the request this request, before its body: method, path, query and content type.
     * The body is added by {@link #spoolBody}.
     */
    private static MessageDigest fingerprintOfTarget(ContainerRequestContext request) {
        MessageDigest sha = Sha256.newDigest();
        String target = request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                + request.getUriInfo().getRequestUri().getRawQuery() + '\n' + request.getHeaderString(HttpHeaders.CONTENT_TYPE) + '\n';
        sha.update(target.getBytes(StandardCharsets.UTF_8));
        return sha;
    }

    /** Spools the request's body into {@code fingerprint} and hands it back to the request, to be read as if nothing happened. */
    private static InputStream spoolBody(ContainerRequestContext request, MessageDigest fingerprint) throws IOException {
        InputStream body = IdempotentRequests.spool(request.getEntityStream(), fingerprint);
        request.setEntityStream(body);
        return body;
    }

    private static Response replayed(StoredAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach(response::header);
        byte[] body = answer.body();
        if (body.length > 0) {
            response.entity(body);
        }
        return response.header(IdempotentRequests.REPLAYED, "true").build();
    }

    private static Map<String, String> kept(MultivaluedMap<String, Object> headers, MediaType type) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object>> header : headers.entrySet()) {
            String name = KEPT_HEADERS.stream().filter(header.getKey()::equalsIgnoreCase).findFirst().orElse(null);
            if (name != null && header.getValue() != null && !header.getValue().isEmpty()) {
                kept.put(name, header.getValue().stream().map(IdempotencyFilter::headerText).collect(Collectors.joining(", ")));
            }
        }
        if (type != null) {
            // the type the writer chose, which the headers may not hold yet
            kept.put(HttpHeaders.CONTENT_TYPE, type.toString());
        }
        return kept;
    }

    private static String headerText(Object value) {
        return value instanceof Locale locale ? locale.toLanguageTag() : String.valueOf(value);
    }

    private static Exchange exchange() {
        Message message = JAXRSUtils.getCurrentMessage();
        return message.getExchange();
    }

    /** A request that holds its key and runs; {@code status} is set once it is answered with a body. */
    private static final class InFlight {
        private final IdempotencyStore store;
        private final RequestKey key;
        private final InputStream body;
        private int status;

        InFlight(IdempotencyStore store, RequestKey key, InputStream body) {
            this.store = store;
            this.key = key;
            this.body = body;
        }

        IdempotencyStore store() {
            return store;
        }

        RequestKey key() {
            return key;
        }

        InputStream body() {
            return body;
        }

        int status() {
            return status;
        }

        void answered(int httpStatus) {
            this.status = httpStatus;
        }
    }
}
