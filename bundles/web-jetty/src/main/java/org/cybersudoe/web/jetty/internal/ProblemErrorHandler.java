package org.cybersudoe.web.jetty.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's server-wide error handler, set by this fragment's {@code /jetty.xml}. Jetty asks it for
 * the body of its answer to a request it could not parse (a bad %-escape, a missing Host, a URI
 * or headers too large): such a request never reaches CXF, whose problem mappers give every other
 * error its problem document. Everything else stays as Jetty does it.
 */
public class ProblemErrorHandler extends ErrorHandler {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        fields.put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        fields.put(HttpHeader.CONTENT_LANGUAGE, "en");
        return ByteBuffer.wrap(BadMessageProblem.of(status, reason).json().getBytes(StandardCharsets.UTF_8));
    }
}
