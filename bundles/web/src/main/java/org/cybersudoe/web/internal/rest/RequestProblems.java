package org.cybersudoe.web.internal.rest;

import java.net.URI;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.web.internal.problem.Problem;

/** Helpers shared by the REST filters and exception mappers. */
final class RequestProblems {

    private RequestProblems() {
    }

    /** The language to answer in, from the request's Accept-Language; English without one. */
    static Language language(HttpHeaders headers) {
        try {
            return language(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (IllegalStateException outsideRequest) {
            return Language.EN;
        }
    }

    /** The language to answer in for an Accept-Language value; English without one. */
    static Language language(String acceptLanguage) {
        return Messages.negotiate(acceptLanguage);
    }

    /** The path of the request, {@code /api/v1/...}, for a problem's {@code instance}; null when unknown. */
    static String instance(UriInfo uriInfo) {
        try {
            URI uri = uriInfo == null ? null : uriInfo.getRequestUri();
            return uri == null ? null : uri.getRawPath();
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }

    /** The HTTP answer carrying a problem document. */
    static Response toResponse(Problem problem) {
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .language(problem.language().locale())
                .entity(problem);
        problem.headers().forEach(response::header);
        return response.build();
    }
}
