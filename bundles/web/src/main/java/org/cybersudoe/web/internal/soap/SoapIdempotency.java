package org.cybersudoe.web.internal.soap;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.cybersudoe.core.digest.Sha256;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.idempotency.Claim;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.core.idempotency.RequestKey;
import org.cybersudoe.core.idempotency.StoredAnswer;
import org.cybersudoe.web.internal.IdempotentRequests;
import org.cybersudoe.web.internal.IdempotentRequests.HeldAnswer;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.problem.Problem;
import org.cybersudoe.web.internal.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code Idempotency-Key} HTTP header on SOAP calls, with the same meaning as on REST
 * ({@code IdempotencyFilter}): a call sent again with the key of one that was answered gets that
 * answer again, byte for byte, and the operation does not run twice. A regional system that lost
 * the answer to a submission (a timeout, a dropped connection) can send it again safely.
 *
 * <p>{@link Claiming} claims the key once the caller is authenticated and before the message is
 * parsed; {@link Keeping} keeps the answer before the first byte of it is sent. Answers are kept
 * when they are results or client faults (the call was wrong, and is as wrong the second time);
 * a server fault frees the key, so that a retry runs the call again. A key sent again with another
 * call (another address, content type, action or envelope) is refused, as is a key whose first call
 * has no answer yet; both refusals are client faults carrying the same problems as on REST.
 */
final class SoapIdempotency {

    private static final Logger LOG = LoggerFactory.getLogger(SoapIdempotency.class);
    private static final String IN_FLIGHT = SoapIdempotency.class.getName() + ".inFlight";

    private SoapIdempotency() {
    }

    /** A call that holds its key and runs. */
    private record InFlight(IdempotencyStore store, RequestKey key, InputStream body) {
    }

    /** Claims the key of a keyed call, or answers or refuses it in its place. */
    static final class Claiming extends AbstractPhaseInterceptor<Message> {

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
        Claiming(Supplier<IdempotencyStore> store, Supplier<WebSettings> settings, Problems problems, Clock clock) {
            super(Phase.RECEIVE);
            // keys belong to the authenticated caller
            addAfter(SoapAuthInterceptor.class.getName());
            this.store = store;
            this.settings = settings;
            this.problems = problems;
            this.clock = clock;
        }

        @Override
        public void handleMessage(Message message) {
            String header = SoapHeaders.first(message, IdempotentRequests.HEADER);
            SecurityContext security = message.get(SecurityContext.class);
            if (header == null || !"POST".equals(message.get(Message.HTTP_REQUEST_METHOD)) || security == null
                    || security.getUserPrincipal() == null) {
                return;
            }
            Language language = SoapHeaders.language(message);
            String path = (String) message.get(Message.PATH_INFO);
            String key = IdempotentRequests.unquoted(header.strip());
            if (!RequestKey.isValidKey(key)) {
                throw refusal(problems.idempotencyKeyInvalid(language, path));
            }
            IdempotencyStore keys = store.get();
            if (keys == null) {
                throw refusal(problems.idempotencyUnavailable(language, path));
            }
            RequestKey requestKey = new RequestKey(security.getUserPrincipal().getName(), key);
            MessageDigest fingerprint = fingerprintOfTarget(message);
            InputStream body;
            try {
                body = IdempotentRequests.spool(message.getContent(InputStream.class), fingerprint);
            } catch (IOException e) {
                throw new Fault(e);
            }
            message.setContent(InputStream.class, body);
            Instant now = clock.instant();
            Claim claim = keys.claim(requestKey, HexFormat.of().formatHex(fingerprint.digest()), now,
                    now.minus(settings.get().idempotencyKeyLifetime()));
            if (claim instanceof Claim.Granted) {
                message.getExchange().put(IN_FLIGHT, new InFlight(keys, requestKey, body));
                return;
            }
            closeQuietly(body);
            if (claim instanceof Claim.Replay replay) {
                replay(message, replay.answer());
            } else if (claim instanceof Claim.OtherRequest) {
                throw refusal(problems.idempotencyKeyReused(language, path));
            } else {
                throw refusal(problems.idempotencyKeyInUse(IdempotentRequests.RETRY_AFTER_SECONDS, language, path));
            }
        }

        /** What makes the call this call, before its envelope: address, query, content type and action. */
        private static MessageDigest fingerprintOfTarget(Message message) {
            MessageDigest sha = Sha256.newDigest();
            String target = "POST " + message.get(Message.REQUEST_URI) + '?' + message.get(Message.QUERY_STRING) + '\n'
                    + SoapHeaders.first(message, "Content-Type") + '\n' + SoapHeaders.first(message, "SOAPAction") + '\n';
            sha.update(target.getBytes(StandardCharsets.UTF_8));
            return sha;
        }

        /** Sends the kept answer as it is and ends the call here: nothing is parsed and nothing runs. */
        private static void replay(Message message, StoredAnswer answer) {
            HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
            try {
                response.setStatus(answer.status());
                answer.headers().forEach(response::setHeader);
                response.setHeader(IdempotentRequests.REPLAYED, "true");
                byte[] body = answer.body();
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
                response.flushBuffer();
            } catch (IOException e) {
                throw new Fault(e);
            }
            message.getInterceptorChain().abort();
        }

        private static Fault refusal(Problem problem) {
            return new Fault(new SoapRefusal(problem));
        }
    }

    /**
     * Keeps the answer of a call that holds its key, on its way out: results and client faults are
     * kept before they are sent, server faults free the key.
     */
    static final class Keeping extends AbstractPhaseInterceptor<Message> {

        Keeping() {
            // after the transport has set up the stream to the client, before anything is written to it
            super(Phase.PRE_STREAM);
        }

        @Override
        public void handleMessage(Message message) {
            // left on the exchange until the answer is closed: if writing this answer fails, the
            // fault that is sent instead comes here again, and decides
            Exchange exchange = message.getExchange();
            if (!(exchange.get(IN_FLIGHT) instanceof InFlight inFlight)) {
                return;
            }
            Fault fault = message.getContent(Exception.class) instanceof Fault f ? f : null;
            if (fault != null && !SoapProblemInterceptor.isClientFault(fault)) {
                exchange.remove(IN_FLIGHT);
                closeQuietly(inFlight.body());
                inFlight.store().release(inFlight.key());
                return;
            }
            OutputStream wire = message.getContent(OutputStream.class);
            int status = fault != null ? fault.getStatusCode()
                    : message.get(Message.RESPONSE_CODE) instanceof Integer code ? code : HttpServletResponse.SC_OK;
            message.setContent(OutputStream.class, new KeptOnClose(wire, inFlight, status, message));
        }
    }

    /** The envelope as it is written; kept when the transport closes it, and only then sent. */
    private static final class KeptOnClose extends HeldAnswer {
        private final InFlight inFlight;
        private final int status;
        private final Message message;
        private boolean closed;

        KeptOnClose(OutputStream wire, InFlight inFlight, int status, Message message) {
            super(wire);
            this.inFlight = inFlight;
            this.status = status;
            this.message = message;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            message.getExchange().remove(IN_FLIGHT);
            closeQuietly(inFlight.body());
            if (passedThrough()) {
                LOG.warn("The answer to {} was larger than {} bytes and is not kept: a retry with the same key runs the call again",
                        inFlight.key().key(), IdempotentRequests.MAX_KEPT_BYTES);
                inFlight.store().release(inFlight.key());
            } else {
                // kept before the client can see it, so a retry after the answer always finds it
                inFlight.store().complete(inFlight.key(), new StoredAnswer(status, describingHeaders(message), bytes()));
                release();
            }
            wire().close();
        }

        /** The Content-Type the transport will send, with the charset it adds. */
        private static Map<String, String> describingHeaders(Message message) {
            Map<String, String> headers = new LinkedHashMap<>();
            Object type = message.get(Message.CONTENT_TYPE);
            if (type != null) {
                Object encoding = message.get(Message.ENCODING);
                String text = type.toString();
                headers.put("Content-Type", encoding != null && !text.toLowerCase(Locale.ROOT).contains("charset=")
                        ? text + "; charset=" + encoding : text);
            }
            return headers;
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            LOG.debug("Closing a spooled SOAP request failed: {}", e.toString());
        }
    }
}
