package org.cybersudoe.outreach.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.outreach.ContactExport;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.internal.rest.Bodies.CompanyBody;
import org.cybersudoe.outreach.internal.rest.Bodies.ContactBody;
import org.cybersudoe.outreach.internal.rest.Bodies.SuppressionBody;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ContactResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/outreach/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "outreach: contacts", description = "Contacts of companies: their data, its export and erasure, suppressed addresses")
public class ContactResource {

    private final DirectoryService directory;

    @Activate
    public ContactResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    /** Everything held about a person, as given to them. */
    public record ExportBody(ContactBody contact, CompanyBody company, java.time.Instant exportedAt) {
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One contact")
    public ContactBody get(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        return Bodies.body(directory.contact(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a contact's name, address, language and consent; send the version read")
    public ContactBody update(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ContactBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(directory.updateContact(RestCallers.caller(security), id, version, Bodies.draft(body)),
                Messages.negotiate(accept));
    }

    @GET
    @Path("{id}/export")
    @Operation(summary = "Everything the directory holds about the person (GDPR access and portability), for the partner that holds it")
    public ExportBody export(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        Language language = Messages.negotiate(accept);
        ContactExport e = directory.export(RestCallers.caller(security), id);
        return new ExportBody(Bodies.body(e.contact(), language), Bodies.body(e.company(), language), e.exportedAt());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Erases the contact (GDPR erasure); what stays is a suppression entry: the hash of the address, its "
            + "consent and its unsubscribe, so no import adds it again unknowingly")
    public SuppressionBody erase(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        return Bodies.body(directory.erase(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @GET
    @Path("suppressions")
    @Operation(summary = "Whether an address is suppressed (erased or unsubscribed), and with which consent: ?email=")
    public SuppressionBody suppression(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @QueryParam("email") String email) {
        return directory.suppression(RestCallers.caller(security), email).map(s -> Bodies.body(s, Messages.negotiate(accept)))
                .orElseThrow(() -> new NotFoundException(Bodies.MESSAGES.text("error.not-found.suppression")));
    }
}
