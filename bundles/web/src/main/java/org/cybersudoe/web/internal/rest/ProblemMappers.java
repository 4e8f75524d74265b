package org.cybersudoe.web.internal.rest;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.web.internal.auth.BasicCredentials;
import org.cybersudoe.web.internal.problem.PayloadTooLargeException;
import org.cybersudoe.web.internal.problem.Problems;

/**
 * The exception mappers of the REST server, one per kind so that JAX-RS picks the closest;
 * all answer the same problem document through {@link Problems}.
 */
final class ProblemMappers {

    private ProblemMappers() {
    }

    /** One instance of every mapper, for the server's provider list. */
    static List<Object> all(Problems problems) {
        return List.of(new ForProblem(problems), new ForJson(problems), new ForWebApplication(problems),
                new ForPayloadTooLarge(problems), new ForAnything(problems));
    }

    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {

        final Problems problems;

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uriInfo;

        Base(Problems problems) {
            this.problems = problems;
        }

        @Override
        public Response toResponse(E exception) {
            return RequestProblems.toResponse(
                    problems.of(exception, RequestProblems.language(headers), RequestProblems.instance(uriInfo)));
        }
    }

    static final class ForProblem extends Base<ProblemException> {

        @Context
        private SecurityContext security;

        ForProblem(Problems problems) {
            super(problems);
        }

        /**
         * A refusal to a caller who sent no valid credentials, on an operation open to anonymous
         * callers for some uses only, is a 401 with its challenge: who they are may change the answer.
         */
        @Override
        public Response toResponse(ProblemException exception) {
            if (exception instanceof AccessDeniedException && (security == null || security.getUserPrincipal() == null)) {
                return RequestProblems.toResponse(problems.unauthenticated(
                        BasicCredentials.parse(headers.getHeaderString(HttpHeaders.AUTHORIZATION)).isPresent()
                                ? "credentials-invalid" : "credentials-missing",
                        RequestProblems.language(headers), RequestProblems.instance(uriInfo)));
            }
            return super.toResponse(exception);
        }
    }

    static final class ForJson extends Base<JsonProcessingException> {
        ForJson(Problems problems) {
            super(problems);
        }
    }

    static final class ForPayloadTooLarge extends Base<PayloadTooLargeException> {
        ForPayloadTooLarge(Problems problems) {
            super(problems);
        }
    }

    static final class ForAnything extends Base<Throwable> {
        ForAnything(Problems problems) {
            super(problems);
        }
    }

    static final class ForWebApplication extends Base<WebApplicationException> {
        ForWebApplication(Problems problems) {
            super(problems);
        }

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            // Redirects, and errors whose resource wrote its own body, pass through as built.
            if (original != null && (original.getStatus() < 400 || original.hasEntity())) {
                return original;
            }
            return super.toResponse(exception);
        }
    }
}
