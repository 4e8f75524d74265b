package org.cybersudoe.benchmark.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.internal.rest.Bodies.MethodBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.ProgressBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The benchmark's reference data and its progress toward the target. */
@Component(service = BenchmarkResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/benchmark/overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "benchmark: overview", description = "Methods a sheet may name, and progress toward 90 published sheets")
public class BenchmarkResource {

    private final SheetService sheets;

    @Activate
    public BenchmarkResource(@Reference SheetService sheets) {
        this.sheets = sheets;
    }

    @GET
    @Path("methods")
    @Operation(summary = "The methods a sheet may name (workshop, individual diagnosis, ...), with labels in four languages")
    public List<MethodBody> methods(@Context SecurityContext security) {
        return sheets.methods(RestCallers.caller(security)).stream().map(Bodies::body).toList();
    }

    @GET
    @Path("progress")
    @Operation(summary = "Published, submitted and in-progress sheets against the target, per partner")
    public ProgressBody progress(@Context SecurityContext security) {
        return Bodies.body(sheets.progress(RestCallers.caller(security)));
    }
}
