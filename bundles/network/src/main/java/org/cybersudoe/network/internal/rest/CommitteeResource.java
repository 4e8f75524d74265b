package org.cybersudoe.network.internal.rest;

import java.util.Comparator;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.paging.InMemoryOrder;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.network.CommitteeService;
import org.cybersudoe.network.internal.rest.Bodies.CommitteeBody;
import org.cybersudoe.network.internal.rest.Bodies.RoleBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = CommitteeResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network: committees", description = "The steering and technical committees and their members")
public class CommitteeResource {

    private static final InMemoryOrder<CommitteeBody> ORDER = InMemoryOrder.by("code", Comparator.comparing(CommitteeBody::code));

    private final CommitteeService committees;

    @Activate
    public CommitteeResource(@Reference CommitteeService committees) {
        this.committees = committees;
    }

    @GET
    @Operation(summary = "Every committee with its members; sort by code")
    public Page<CommitteeBody> list(@Context SecurityContext security, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return ORDER.page(committees.list(RestCallers.caller(security)).stream().map(Bodies::body).toList(),
                offset, limit, sort);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One committee with its members")
    public CommitteeBody get(@Context SecurityContext security, @PathParam("code") String code) {
        return Bodies.body(committees.get(RestCallers.caller(security), code));
    }

    @PUT
    @Path("{code}/members/{personId}")
    @Operation(summary = "Seats a person (or changes their role); needs rights on the person's partner")
    public CommitteeBody addMember(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("personId") long personId, RoleBody body) {
        return Bodies.body(committees.addMember(RestCallers.caller(security), code, personId,
                body == null ? null : body.role()));
    }

    @DELETE
    @Path("{code}/members/{personId}")
    @Operation(summary = "Removes a person from a committee; needs rights on the person's partner")
    public CommitteeBody removeMember(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("personId") long personId) {
        return Bodies.body(committees.removeMember(RestCallers.caller(security), code, personId));
    }
}
