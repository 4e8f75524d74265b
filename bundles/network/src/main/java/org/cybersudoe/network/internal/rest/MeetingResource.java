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
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.internal.NetworkTexts;
import org.cybersudoe.network.internal.rest.Bodies.AttendanceRecordBody;
import org.cybersudoe.network.internal.rest.Bodies.DecisionBody;
import org.cybersudoe.network.internal.rest.Bodies.MeetingBody;
import org.cybersudoe.network.internal.rest.Bodies.MinutesBody;
import org.cybersudoe.network.internal.rest.Bodies.NewDecisionBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = MeetingResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network: meetings", description = "Seminars and web conferences, attendance, minutes and decisions; a meeting is changed by its host partner")
public class MeetingResource {

    private final MeetingService meetings;

    @Activate
    public MeetingResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "Lists meetings; filters committee, kind (seminar, web-conference), from and to (local dates); sort by start, committee, kind")
    public Page<MeetingBody> list(@Context SecurityContext security, @QueryParam("committee") String committee,
            @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        MeetingQuery query = new MeetingQuery(committee,
                RestParams.code("kind", kind, MeetingKind::fromCode,
                        () -> NetworkTexts.MESSAGES.text("error.field.meeting-kind")),
                RestParams.date("from", from), RestParams.date("to", to));
        return meetings.list(RestCallers.caller(security), query, RestParams.page(offset, limit, sort, MeetingService.SORTABLE))
                .map(Bodies::body);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One meeting with agenda, attendance, minutes and decisions")
    public MeetingBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(meetings.get(RestCallers.caller(security), id));
    }

    @POST
    @Operation(summary = "Schedules a meeting hosted by a partner (the caller's when host is left out)")
    public Response schedule(@Context SecurityContext security, @Context UriInfo uri, MeetingBody body) {
        Meeting created = meetings.schedule(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.id(), Bodies.body(created));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a meeting's schedule data; send the version read; 409 when stale")
    public MeetingBody update(@Context SecurityContext security, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, MeetingBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(meetings.update(RestCallers.caller(security), id, version, Bodies.draft(body)));
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "Records attendance: each entry sets one person's status (present, absent, excused)")
    public MeetingBody attendance(@Context SecurityContext security, @PathParam("id") long id, AttendanceRecordBody body) {
        return Bodies.body(meetings.recordAttendance(RestCallers.caller(security), id, Bodies.entries(body)));
    }

    @PUT
    @Path("{id}/minutes")
    @Operation(summary = "Stores the meeting's minutes; send the meeting's version read (body or If-Match); 409 when stale")
    public MeetingBody minutes(@Context SecurityContext security, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, MinutesBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(meetings.setMinutes(RestCallers.caller(security), id, version,
                body == null ? null : body.minutes()));
    }

    @POST
    @Path("{id}/decisions")
    @Operation(summary = "Adds a decision, numbered after the last one")
    public Response decision(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") long id,
            NewDecisionBody body) {
        Meeting m = meetings.addDecision(RestCallers.caller(security), id, body == null ? null : body.text(),
                body == null ? null : body.decidedOn());
        int number = m.decisions().get(m.decisions().size() - 1).number();
        return RestParams.created(uri, number, Bodies.body(m));
    }

    @GET
    @Path("{id}/decisions/{number}")
    @Operation(summary = "One decision of a meeting, by its number (the Location of the decision added)")
    public DecisionBody decisionInfo(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("number") int number) {
        return meetings.get(RestCallers.caller(security), id).decisions().stream().filter(d -> d.number() == number)
                .findFirst().map(Bodies::body).orElseThrow(() -> new NotFoundException(
                        NetworkTexts.MESSAGES.text("error.not-found.decision", id, number)));
    }
}
