package org.cybersudoe.web.internal.health;

import java.util.function.Function;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.web.Anonymous;

/**
 * {@code GET /api/v1/health}: 200 when the platform is ready, 503 otherwise, with the same document;
 * its reasons in the caller's {@code Accept-Language} (English by default).
 */
@Path("/v1/health")
@Anonymous
public final class HealthResource {

    private final Function<Language, HealthReport> health;

    /** {@code health} writes the document with its reasons in the language given. */
    public HealthResource(Function<Language, HealthReport> health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = Messages.negotiate(acceptLanguage);
        HealthReport report = health.apply(language);
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(report.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noCache)
                .language(language.locale())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(report)
                .build();
    }
}
