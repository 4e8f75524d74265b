package org.cybersudoe.web.internal.health;

import java.util.function.Supplier;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cybersudoe.web.Anonymous;

/** {@code GET /api/v1/health}: 200 when the platform is ready, 503 otherwise, with the same document. */
@Path("/v1/health")
@Anonymous
public final class HealthResource {

    private final Supplier<HealthReport> health;

    public HealthResource(Supplier<HealthReport> health) {
        this.health = health;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        HealthReport report = health.get();
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.status(report.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .cacheControl(noCache)
                .entity(report)
                .build();
    }
}
