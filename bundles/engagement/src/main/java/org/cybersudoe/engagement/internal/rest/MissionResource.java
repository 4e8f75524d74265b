package org.cybersudoe.engagement.internal.rest;

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

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.engagement.MissionQuery;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.rest.Bodies.MissionBody;
import org.cybersudoe.engagement.internal.rest.Bodies.ReportBody;
import org.cybersudoe.engagement.internal.rest.Bodies.StatusBody;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = MissionResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/engagement/missions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "engagement: missions", description = "Technical-assistance missions and their reports")
public class MissionResource {

    private final MissionService missions;

    @Activate
    public MissionResource(@Reference MissionService missions) {
        this.missions = missions;
    }

    @GET
    @Operation(summary = "Lists missions: filters partner, companyId, theme, status (requested, planned, done, reported); sort by "
            + "id, start, partner, status")
    public Page<MissionBody> list(@Context SecurityContext security, @QueryParam("partner") String partner,
            @QueryParam("companyId") Long companyId, @QueryParam("theme") String theme, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        MissionStatus s = RestParams.code("status", status, MissionStatus::fromCode,
                () -> EngagementTexts.MESSAGES.text("error.field.mission-status-filter"));
        return missions.missions(RestCallers.caller(security), new MissionQuery(partner, companyId, theme, s),
                RestParams.page(offset, limit, sort, MissionService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One mission")
    public MissionBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(missions.mission(RestCallers.caller(security), id));
    }

    @POST
    @Operation(summary = "Creates a mission: companyId, partner, consultant, start, end, consultantDays (in halves), themes, "
            + "language (the company's: the report is written in it); requested, or planned when it has dates")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, MissionBody body) {
        var created = missions.create(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.id(), Bodies.body(created));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a mission; send the version read (body or If-Match)")
    public MissionBody update(@Context SecurityContext security, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            MissionBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(missions.update(RestCallers.caller(security), id, version, Bodies.draft(body)));
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Moves the mission to planned or done: {status, version}")
    public MissionBody status(@Context SecurityContext security, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            StatusBody body) {
        MissionStatus s = RestParams.code("status", body == null ? null : body.status(), MissionStatus::fromCode,
                () -> EngagementTexts.MESSAGES.text("error.field.mission-status-change"));
        if (s == null) {
            throw new ValidationException("status", "required", EngagementTexts.MESSAGES.text("error.field.mission-status-required"));
        }
        return Bodies.body(missions.changeStatus(RestCallers.caller(security), id, RestParams.version(body.version(), ifMatch), s));
    }

    @GET
    @Path("{id}/report")
    @Operation(summary = "The mission's report")
    public ReportBody report(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(missions.report(RestCallers.caller(security), id)
                .orElseThrow(() -> new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.mission-report", id))));
    }

    @PUT
    @Path("{id}/report")
    @Operation(summary = "Writes the draft report of a done mission: situation, needs, recommendations, specification (a list "
            + "of requirements, may be empty); to rewrite it, the version of the report read (body or If-Match), 409 when stale")
    public ReportBody writeReport(@Context SecurityContext security, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, ReportBody body) {
        Long version = body == null || (body.version() == null && (ifMatch == null || ifMatch.isBlank())) ? null
                : RestParams.version(body.version(), ifMatch);
        return Bodies.body(missions.writeReport(RestCallers.caller(security), id, Bodies.draft(body), version));
    }

    @POST
    @Path("{id}/report/sign-off")
    @Operation(summary = "Signs the report off (the partner's admins): {version} of the report read; the mission becomes reported")
    public ReportBody signOff(@Context SecurityContext security, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            StatusBody body) {
        return Bodies.body(missions.signOff(RestCallers.caller(security), id,
                RestParams.version(body == null ? null : body.version(), ifMatch)));
    }

    @GET
    @Path("{id}/report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The report as a PDF document, in the report's language")
    public Response pdf(@Context SecurityContext security, @PathParam("id") long id) {
        return Response.ok(missions.reportPdf(RestCallers.caller(security), id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"mission-" + id + "-report.pdf\"").build();
    }
}
