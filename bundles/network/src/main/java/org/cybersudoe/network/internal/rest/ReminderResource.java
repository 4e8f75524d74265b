package org.cybersudoe.network.internal.rest;

import java.util.Comparator;

import javax.ws.rs.Consumes;
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
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.ReminderState;
import org.cybersudoe.network.internal.NetworkTexts;
import org.cybersudoe.network.internal.rest.Bodies.ReminderBody;
import org.cybersudoe.network.internal.rest.Bodies.SentBody;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ReminderResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network: press-release reminders", description = "The press release due before each steering-committee seminar")
public class ReminderResource {

    private static final InMemoryOrder<ReminderBody> ORDER = InMemoryOrder
            .by("dueOn", Comparator.comparing(ReminderBody::dueOn))
            .then("meetingDate", Comparator.comparing(ReminderBody::meetingDate))
            .then("committee", Comparator.comparing(ReminderBody::committee))
            .then("state", Comparator.comparing(ReminderBody::state));

    private final MeetingService meetings;

    @Activate
    public ReminderResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    @GET
    @Operation(summary = "Reminders of the steering meetings not yet held as of a day (today by default), each upcoming, due, overdue or done; filter state; sort by dueOn, meetingDate, committee, state")
    public Page<ReminderBody> list(@Context SecurityContext security, @QueryParam("asOf") String asOf,
            @QueryParam("state") String state, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("sort") String sort) {
        ReminderState wanted = RestParams.code("state", state, s -> java.util.Arrays.stream(ReminderState.values())
                .filter(x -> x.name().equalsIgnoreCase(s.strip())).findFirst(),
                () -> NetworkTexts.MESSAGES.text("error.field.reminder-state"));
        return ORDER.page(meetings.reminders(RestCallers.caller(security), RestParams.date("asOf", asOf)).stream()
                .filter(r -> wanted == null || r.state() == wanted).map(Bodies::body).toList(),
                offset, limit, sort);
    }

    @PUT
    @Path("{meetingId}/sent")
    @Operation(summary = "Marks the meeting's press release sent (its host partner or admins)")
    public ReminderBody markSent(@Context SecurityContext security, @PathParam("meetingId") long meetingId, SentBody body) {
        return Bodies.body(meetings.markPressReleaseSent(RestCallers.caller(security), meetingId,
                body == null ? null : body.sentOn()));
    }
}
