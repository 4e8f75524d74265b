package org.cybersudoe.toolbox.internal.rest;

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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.web.RestParams;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.ProjectLeadDraft;
import org.cybersudoe.toolbox.RelayTraining;
import org.cybersudoe.toolbox.TrainingService;
import org.cybersudoe.toolbox.internal.rest.Bodies.LeadBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.RelayBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.TrainingProgressBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = TrainingResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/toolbox/training")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "toolbox: training", description = "Project leads trained (2 per partner) and the local relays they train")
public class TrainingResource {

    private final TrainingService training;

    @Activate
    public TrainingResource(@Reference TrainingService training) {
        this.training = training;
    }

    @GET
    @Path("project-leads")
    @Operation(summary = "Lists trained project leads; filter partner; sort by partner, name, trainedOn")
    public Page<LeadBody> list(@Context SecurityContext security, @QueryParam("partner") String partner,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return training.listLeads(RestCallers.caller(security), partner,
                PageRequest.of(offset, limit, sort, TrainingService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("project-leads/{id}")
    @Operation(summary = "One project lead")
    public LeadBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(training.getLead(RestCallers.caller(security), id));
    }

    @POST
    @Path("project-leads")
    @Operation(summary = "Records a trained project lead of your partner: 201, or 200 with the lead already recorded when "
            + "the partner has this person (same e-mail, whatever its case; without e-mail, same name and training date)")
    public Response add(@Context SecurityContext security, @Context UriInfo uri, LeadBody body) {
        Caller caller = RestCallers.caller(security);
        ProjectLeadDraft draft = Bodies.draft(body);
        boolean already = training.sameLead(caller, draft).isPresent();
        ProjectLead lead = training.addLead(caller, draft);
        return already ? Response.ok(Bodies.body(lead)).build() : RestParams.created(uri, lead.id(), Bodies.body(lead));
    }

    @PUT
    @Path("project-leads/{id}")
    @Operation(summary = "Corrects a project lead; send the version read (body or If-Match); 409 when stale, or when it "
            + "would become another lead of the partner")
    public LeadBody update(@Context SecurityContext security, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, LeadBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(training.updateLead(RestCallers.caller(security), id, version, Bodies.draft(body)));
    }

    @DELETE
    @Path("project-leads/{id}")
    @Operation(summary = "Deletes a project lead and the relays it trained; send the version read (?version= or If-Match)")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("version") Long version, @HeaderParam("If-Match") String ifMatch) {
        training.deleteLead(RestCallers.caller(security), id, RestParams.version(version, ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("project-leads/{id}/relays")
    @Operation(summary = "The local relays a project lead trained, oldest first")
    public List<RelayBody> relays(@Context SecurityContext security, @PathParam("id") long id) {
        return training.relays(RestCallers.caller(security), id).stream().map(Bodies::body).toList();
    }

    @POST
    @Path("project-leads/{id}/relays")
    @Operation(summary = "Records a local relay trained by the project lead")
    public Response addRelay(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") long id,
            RelayBody body) {
        RelayTraining relay = training.recordRelay(RestCallers.caller(security), id, Bodies.draft(body));
        return RestParams.created(uri, relay.id(), Bodies.body(relay));
    }

    @GET
    @Path("project-leads/{id}/relays/{relayId}")
    @Operation(summary = "One local relay the project lead trained")
    public RelayBody relay(@Context SecurityContext security, @PathParam("id") long id, @PathParam("relayId") long relayId) {
        return Bodies.body(training.getRelay(RestCallers.caller(security), id, relayId));
    }

    @PUT
    @Path("project-leads/{id}/relays/{relayId}")
    @Operation(summary = "Corrects a relay's training; send the version read (body or If-Match); 409 when stale")
    public RelayBody updateRelay(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("relayId") long relayId, @HeaderParam("If-Match") String ifMatch, RelayBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(training.updateRelay(RestCallers.caller(security), id, relayId, version, Bodies.draft(body)));
    }

    @DELETE
    @Path("project-leads/{id}/relays/{relayId}")
    @Operation(summary = "Deletes a relay's training; send the version read (?version= or If-Match)")
    public Response deleteRelay(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("relayId") long relayId, @QueryParam("version") Long version, @HeaderParam("If-Match") String ifMatch) {
        training.deleteRelay(RestCallers.caller(security), id, relayId, RestParams.version(version, ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("progress")
    @Operation(summary = "Progress toward 2 trained project leads per partner, and relays trained")
    public TrainingProgressBody progress(@Context SecurityContext security, @Context HttpHeaders headers) {
        return Bodies.body(training.progress(RestCallers.caller(security)), RestParams.language(headers));
    }
}
