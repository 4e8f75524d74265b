package org.cybersudoe.web.internal.rest;

import java.util.function.LongSupplier;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.cybersudoe.web.internal.problem.Problems;

/**
 * Refuses request bodies over the configured size with 413: at once when Content-Length says
 * so, otherwise as soon as reading passes the limit (chunked bodies). Structured bodies (JSON,
 * XML, text, forms: what a parser holds in memory) have a small limit; file uploads, which
 * areas stream to storage with their own limits, have a larger one.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodyLimitFilter implements ContainerRequestFilter {

    private static final String TRANSFER_ENCODING = "Transfer-Encoding";
    private static final String CXF_CACHE_INPUT = "cxf.io.cacheinput";

    private final LongSupplier maxBodyBytes;
    private final LongSupplier maxUploadBytes;
    private final Problems problems;

    BodyLimitFilter(LongSupplier maxBodyBytes, LongSupplier maxUploadBytes, Problems problems) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.problems = problems;
    }

    /**
     * True for the media types a parser reads whole into memory; null (undeclared) counts as
     * structured. CSV is text but comes as a file (a directory import of 100,000 rows is about
     * 16 MB), and the areas that take it read it as a stream: it has the upload limit.
     */
    static boolean isStructured(MediaType type) {
        if (type == null) {
            return true;
        }
        String subtype = type.getSubtype().toLowerCase();
        if ("text".equalsIgnoreCase(type.getType()) && (subtype.equals("csv") || subtype.equals("tab-separated-values"))) {
            return false;
        }
        return "text".equalsIgnoreCase(type.getType()) || subtype.equals("json") || subtype.endsWith("+json")
                || subtype.equals("xml") || subtype.endsWith("+xml") || subtype.equals("x-www-form-urlencoded");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = isStructured(request.getMediaType()) ? maxBodyBytes.getAsLong() : maxUploadBytes.getAsLong();
        long declaredLength = declaredLength(request);
        if (declaredLength > limit) {
            request.abortWith(RequestProblems.toResponse(problems.payloadTooLarge(limit,
                    RequestProblems.language(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                    request.getUriInfo().getRequestUri().getRawPath())));
            return;
        }
        // Not request.hasEntity(): CXF answers it by copying the whole input into a buffer, on
        // every request, bodiless GETs included.
        if (hasBody(declaredLength, request.getHeaderString(TRANSFER_ENCODING))) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
        } else {
            // Before it writes a response CXF copies whatever input is left into a buffer, so that
            // it stays readable; without a body there is nothing to keep.
            Message message = JAXRSUtils.getCurrentMessage();
            if (message != null && message.getExchange() != null) {
                message.getExchange().put(CXF_CACHE_INPUT, Boolean.FALSE);
            }
        }
    }

    /** HTTP/1.1: a request has a body when it declares a length above zero or a transfer coding (chunked). */
    static boolean hasBody(long declaredLength, String transferEncoding) {
        return declaredLength > 0 || (transferEncoding != null && !transferEncoding.isBlank());
    }

    private static long declaredLength(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
