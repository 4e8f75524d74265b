package org.cybersudoe.network.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.web.RestParams;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.network.internal.NetworkTexts;
import org.cybersudoe.network.internal.rest.Bodies.StatusBody;
import org.cybersudoe.network.internal.rest.Bodies.StatusChangeBody;
import org.cybersudoe.network.internal.rest.Bodies.StructureBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = StructureResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/structures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network: structures", description = "Partners and other support structures, their membership status and history")
public class StructureResource {

    private final StructureService structures;

    @Activate
    public StructureResource(@Reference StructureService structures) {
        this.structures = structures;
    }

    @GET
    @Operation(summary = "Lists structures; filters status (partner, associated, informed), country (FR) and q (text); sort by code, name, country, status, statusSince")
    public Page<StructureBody> list(@Context SecurityContext security, @QueryParam("status") String status,
            @QueryParam("country") String country, @QueryParam("q") String text, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        MembershipStatus s = RestParams.code("status", status, MembershipStatus::fromCode,
                () -> NetworkTexts.MESSAGES.text("error.field.membership-status"));
        return structures.list(RestCallers.caller(security), new StructureQuery(s, country, text),
                RestParams.page(offset, limit, sort, StructureService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One structure by its code")
    public StructureBody get(@Context SecurityContext security, @PathParam("code") String code) {
        return Bodies.body(structures.get(RestCallers.caller(security), code));
    }

    @POST
    @Operation(summary = "Adds a structure (admins)")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, StructureBody body) {
        Structure created = structures.create(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.code(), Bodies.body(created));
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Replaces a structure's data; send the version read (body or If-Match); 409 when stale")
    public StructureBody update(@Context SecurityContext security, @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, StructureBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(structures.update(RestCallers.caller(security), code, version, Bodies.draft(body)));
    }

    @PUT
    @Path("{code}/status")
    @Operation(summary = "Changes the membership status (admins); recorded in the history")
    public StructureBody changeStatus(@Context SecurityContext security, @PathParam("code") String code, StatusBody body) {
        MembershipStatus status = body == null ? null
                : RestParams.code("status", body.status(), MembershipStatus::fromCode,
                        () -> NetworkTexts.MESSAGES.text("error.field.membership-status"));
        return Bodies.body(structures.changeStatus(RestCallers.caller(security), code, status,
                body == null ? null : body.effectiveOn(), body == null ? null : body.note()));
    }

    @GET
    @Path("{code}/status-history")
    @Operation(summary = "The structure's membership history, oldest first")
    public List<StatusChangeBody> history(@Context SecurityContext security, @PathParam("code") String code) {
        return structures.statusHistory(RestCallers.caller(security), code).stream().map(Bodies::body).toList();
    }
}
