package org.cybersudoe.web.internal.health;

import java.util.function.Function;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.Anonymous;
import org.cybersudoe.web.RestCallers;

/**
 * {@code GET /api/v1/health}: 200 when the platform is ready, 503 otherwise, with the same document.
 * Anyone may ask (load balancers, monitors); each area's reason (schema version, counts, what is
 * down) is given only to callers who may read the network's data, in their
 * {@code Accept-Language} (English by default).
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
    public Response health(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext security) {
        Language language = Messages.negotiate(acceptLanguage);
        HealthReport report = health.apply(language);
        if (!RestCallers.callerIfAny(security).map(Caller::canReadNetwork).orElse(false)) {
            report = report.withoutDetails();
        }
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(report.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noCache)
                .language(language.locale())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.AUTHORIZATION)
                .entity(report)
                .build();
    }
}
