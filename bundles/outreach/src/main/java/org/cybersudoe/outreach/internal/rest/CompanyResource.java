package org.cybersudoe.outreach.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.outreach.internal.rest.Bodies.CompanyBody;
import org.cybersudoe.outreach.internal.rest.Bodies.ContactBody;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = CompanyResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/outreach/companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "outreach: companies", description = "The directory of companies and their contacts")
public class CompanyResource {

    private final DirectoryService directory;

    @Activate
    public CompanyResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "Lists companies: filters partner, country, region (NUTS II), nace (code or its start), size, q (words "
            + "of the name), email (a contact's address), nationalId; sort by id, name, country, partner, updated")
    public Page<CompanyBody> list(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @QueryParam("partner") String partner, @QueryParam("country") String country, @QueryParam("region") String region,
            @QueryParam("nace") String nace, @QueryParam("size") String size, @QueryParam("q") String q,
            @QueryParam("email") String email, @QueryParam("nationalId") String nationalId, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        SizeClass s = RestParams.code("size", size, SizeClass::fromCode, "micro, small or medium");
        Language language = Messages.negotiate(accept);
        return directory.companies(RestCallers.caller(security), new CompanyQuery(partner, country, region, nace, s, q, email,
                nationalId), RestParams.page(offset, limit, sort, DirectoryService.SORTABLE)).map(c -> Bodies.body(c, language));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One company")
    public CompanyBody get(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        return Bodies.body(directory.company(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Operation(summary = "Adds a company to a partner's directory (its admins and staff, or admins); 409 when its national id is taken")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, @HeaderParam("Accept-Language") String accept,
            CompanyBody body) {
        Company created = directory.createCompany(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.id(), Bodies.body(created, Messages.negotiate(accept)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a company; send the version read (body or If-Match); 409 when stale")
    public CompanyBody update(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, CompanyBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(directory.updateCompany(RestCallers.caller(security), id, version, Bodies.draft(body)),
                Messages.negotiate(accept));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a company and erases its contacts (their addresses stay suppressed); send the version read")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id, @QueryParam("version") Long version,
            @HeaderParam("If-Match") String ifMatch) {
        directory.deleteCompany(RestCallers.caller(security), id, RestParams.version(version, ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/contacts")
    @Operation(summary = "The company's contacts")
    public List<ContactBody> contacts(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        Language language = Messages.negotiate(accept);
        return directory.contacts(RestCallers.caller(security), id).stream().map(k -> Bodies.body(k, language)).toList();
    }

    @POST
    @Path("{id}/contacts")
    @Operation(summary = "Adds a contact (name, email, language, consent {basis, date, source}); 409 when the address is "
            + "already in the directory or was erased or unsubscribed")
    public Response addContact(@Context SecurityContext security, @Context UriInfo uri,
            @HeaderParam("Accept-Language") String accept, @PathParam("id") long id, ContactBody body) {
        Contact created = directory.addContact(RestCallers.caller(security), id, Bodies.draft(body));
        return Response.created(uri.getBaseUriBuilder().path("v1/outreach/contacts/{id}").build(created.id()))
                .entity(Bodies.body(created, Messages.negotiate(accept))).build();
    }
}
