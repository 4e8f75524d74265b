package org.cybersudoe.network.internal.rest;

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
import org.cybersudoe.network.DirectoryService;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonQuery;
import org.cybersudoe.network.internal.rest.Bodies.PersonBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = PersonResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network: directory", description = "The project directory")
public class PersonResource {

    private final DirectoryService directory;

    @Activate
    public PersonResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "Searches the directory by name, structure and country; sort by lastName, firstName, structure, email")
    public Page<PersonBody> search(@Context SecurityContext security, @QueryParam("name") String name,
            @QueryParam("structure") String structure, @QueryParam("country") String country,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return directory.search(RestCallers.caller(security), new PersonQuery(name, structure, country),
                RestParams.page(offset, limit, sort, DirectoryService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person")
    public PersonBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(directory.get(RestCallers.caller(security), id));
    }

    @POST
    @Operation(summary = "Adds a person to the directory (their partner's staff, or admins)")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, PersonBody body) {
        Person created = directory.create(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.id(), Bodies.body(created));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a person's data; send the version read; 409 when stale")
    public PersonBody update(@Context SecurityContext security, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, PersonBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(directory.update(RestCallers.caller(security), id, version, Bodies.draft(body)));
    }
}
