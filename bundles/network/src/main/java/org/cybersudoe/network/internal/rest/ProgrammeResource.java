package org.cybersudoe.network.internal.rest;

import java.util.Comparator;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.paging.InMemoryOrder;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.network.ProgrammeService;
import org.cybersudoe.network.internal.rest.Bodies.BudgetCheckBody;
import org.cybersudoe.network.internal.rest.Bodies.ProgrammeBody;
import org.cybersudoe.network.internal.rest.Bodies.WorkPackageBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ProgrammeResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "network: programme", description = "Programmes, work packages and budget lines, with the stated total checked against the lines")
public class ProgrammeResource {

    private static final InMemoryOrder<ProgrammeBody> PROGRAMME_ORDER = InMemoryOrder
            .by("code", Comparator.comparing(ProgrammeBody::code))
            .then("startsOn", Comparator.comparing(ProgrammeBody::startsOn, Comparator.nullsLast(Comparator.naturalOrder())));
    private static final InMemoryOrder<WorkPackageBody> WORK_PACKAGE_ORDER = InMemoryOrder
            .by("code", Comparator.comparing(WorkPackageBody::code))
            .then("budget", Comparator.comparing(WorkPackageBody::budget, Comparator.nullsLast(Comparator.naturalOrder())));

    private final ProgrammeService programmes;

    @Activate
    public ProgrammeResource(@Reference ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @GET
    @Operation(summary = "Every programme with its work packages and budget check; sort by code, startsOn")
    public Page<ProgrammeBody> list(@Context SecurityContext security, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return PROGRAMME_ORDER.page(programmes.list(RestCallers.caller(security)).stream().map(Bodies::body).toList(),
                offset, limit, sort);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One programme")
    public ProgrammeBody get(@Context SecurityContext security, @PathParam("code") String code) {
        return Bodies.body(programmes.get(RestCallers.caller(security), code));
    }

    @GET
    @Path("{code}/budget-check")
    @Operation(summary = "The stated total against the sum of the budget lines")
    public BudgetCheckBody budgetCheck(@Context SecurityContext security, @PathParam("code") String code) {
        return Bodies.body(programmes.get(RestCallers.caller(security), code).budgetCheck());
    }

    @GET
    @Path("{code}/work-packages")
    @Operation(summary = "The programme's work packages with budget lines and co-pilots; sort by code, budget")
    public Page<WorkPackageBody> workPackages(@Context SecurityContext security, @PathParam("code") String code,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return WORK_PACKAGE_ORDER.page(programmes.get(RestCallers.caller(security), code).workPackages().stream()
                .map(Bodies::body).toList(), offset, limit, sort);
    }

    @GET
    @Path("{code}/work-packages/{wp}")
    @Operation(summary = "One work package")
    public WorkPackageBody workPackage(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("wp") String wp) {
        return Bodies.body(programmes.workPackage(RestCallers.caller(security), code, wp));
    }
}
