package org.cybersudoe.engagement.internal.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.Comparator;
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

import org.cybersudoe.core.paging.InMemoryOrder;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.SignInReport;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.events.EventServiceImpl;
import org.cybersudoe.engagement.internal.rest.Bodies.CheckInBody;
import org.cybersudoe.engagement.internal.rest.Bodies.EventBody;
import org.cybersudoe.engagement.internal.rest.Bodies.RegistrationBody;
import org.cybersudoe.engagement.internal.rest.Bodies.StatusBody;
import org.cybersudoe.web.Anonymous;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = EventResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/engagement/events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "engagement: events", description = "Awareness events, registrations, waiting list and attendance")
public class EventResource {

    private static final InMemoryOrder<RegistrationBody> REGISTRATION_ORDER = InMemoryOrder
            .by("registeredAt", Comparator.comparing(RegistrationBody::registeredAt, Comparator.nullsLast(Comparator.naturalOrder())))
            .then("companyName", Comparator.comparing(RegistrationBody::companyName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
            .then("country", Comparator.comparing(RegistrationBody::country, Comparator.nullsLast(Comparator.naturalOrder())))
            .then("status", Comparator.comparing(RegistrationBody::status));

    /** Who calls without credentials: sees published events and may register, nothing more. */

    private final EventServiceImpl events;

    /** The implementation, which tells a new registration from a repeated one. */
    @Activate
    public EventResource(@Reference EventServiceImpl events) {
        this.events = events;
    }

    @GET
    @Anonymous
    @Operation(summary = "Lists events: filters partner, theme, status (planned, open, full, held, cancelled), from and to "
            + "(start dates); sort by id, start, partner, status. Without credentials, published events only.")
    public Page<EventBody> list(@Context SecurityContext security, @QueryParam("partner") String partner,
            @QueryParam("theme") String theme, @QueryParam("status") String status, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("sort") String sort) {
        EventStatus s = RestParams.code("status", status, EventStatus::fromCode,
                () -> EngagementTexts.MESSAGES.text("error.field.event-status-filter"));
        return events.events(RestCallers.callerOrAnonymous(security), new EventQuery(partner, theme, s, RestParams.date("from", from),
                RestParams.date("to", to)), RestParams.page(offset, limit, sort, EventService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("{id}")
    @Anonymous
    @Operation(summary = "One event")
    public EventBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(events.event(RestCallers.callerOrAnonymous(security), id));
    }

    @POST
    @Operation(summary = "Creates a planned event of a partner (its admins and staff, or admins): partner, themes, language, "
            + "languages, title and description per language, venue {name, address, city, region} or onlineLink, start and end "
            + "(local times) with timeZone, capacity")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, EventBody body) {
        var created = events.create(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.id(), Bodies.body(created));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces an event; send the version read (body or If-Match). A capacity below the places taken is "
            + "refused; a larger one moves the waiting list up; registrants are told of a new time or place.")
    public EventBody update(@Context SecurityContext security, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            EventBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(events.update(RestCallers.caller(security), id, version, Bodies.draft(body)));
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Opens (needs the title and description in every offered language), marks held (once started) or "
            + "cancels (registrants are told) the event: {status, version}")
    public EventBody status(@Context SecurityContext security, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            StatusBody body) {
        EventStatus s = RestParams.code("status", body == null ? null : body.status(), EventStatus::fromCode,
                () -> EngagementTexts.MESSAGES.text("error.field.event-status-change"));
        if (s == null) {
            throw new org.cybersudoe.core.error.ValidationException("status", "required",
                    EngagementTexts.MESSAGES.text("error.field.event-status-required"));
        }
        long version = RestParams.version(body.version(), ifMatch);
        return Bodies.body(events.changeStatus(RestCallers.caller(security), id, version, s));
    }

    @POST
    @Path("{id}/registrations")
    @Anonymous
    @Operation(summary = "Registers a company: email, language, contactName, and companyId or companyName with country "
            + "(nationalId, region). The directory's contact and company are found or created. 201 with status confirmed, or "
            + "waiting with the waitingPosition; the confirmation e-mail follows. Registering the same address again answers 200 with "
            + "the same registration.")
    public Response register(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") long id,
            RegistrationBody body) {
        Caller caller = RestCallers.callerOrAnonymous(security);
        RegistrationRequest request = Bodies.request(body);
        EventServiceImpl.Enrolment enrolment = events.enrol(caller, id, request);
        Registration r = enrolment.registration();
        // someone without an account learns nothing from the directory: only what they sent, and the place
        RegistrationBody answer = caller.canReadNetwork() ? Bodies.body(r) : Bodies.publicBody(r, request);
        URI where = uri.getBaseUriBuilder().path("v1/engagement/events/{id}/registrations/{registration}").build(id, r.id());
        // the address held this registration already: 200 tells the client nothing new was made, nor mailed
        return enrolment.created() ? Response.created(where).entity(answer).build()
                : Response.ok(answer).contentLocation(where).build();
    }

    @GET
    @Path("{id}/registrations")
    @Operation(summary = "The registrations: confirmed, then the waiting list in order, then cancelled (network readers); "
            + "sort by registeredAt, companyName, country, status")
    public Page<RegistrationBody> registrations(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return REGISTRATION_ORDER.page(events.registrations(RestCallers.caller(security), id).stream().map(Bodies::body).toList(),
                offset, limit, sort);
    }

    @GET
    @Path("{id}/registrations/{registration}")
    @Operation(summary = "One registration (network readers)")
    public RegistrationBody registration(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("registration") long registration) {
        return events.registrations(RestCallers.caller(security), id).stream().filter(r -> r.id() == registration)
                .findFirst().map(Bodies::body).orElseThrow(() -> new NotFoundException(
                        EngagementTexts.MESSAGES.text("error.not-found.registration", registration)));
    }

    @POST
    @Path("{id}/registrations/{registration}/cancel")
    @Operation(summary = "Cancels a registration (the partner's staff); the first on the waiting list takes the place")
    public RegistrationBody cancel(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("registration") long registration) {
        return Bodies.body(events.cancel(RestCallers.caller(security), id, registration));
    }

    @POST
    @Path("{id}/attendance")
    @Operation(summary = "Checks a participant in: {registrationId} or {email}; idempotent")
    public RegistrationBody checkIn(@Context SecurityContext security, @PathParam("id") long id, CheckInBody body) {
        Caller caller = RestCallers.caller(security);
        if (body != null && body.registrationId() != null) {
            return Bodies.body(events.checkIn(caller, id, body.registrationId()));
        }
        if (body == null || body.email() == null || body.email().isBlank()) {
            throw new org.cybersudoe.core.error.ValidationException("registrationId", "required",
                    EngagementTexts.MESSAGES.text("error.field.check-in-who"));
        }
        return Bodies.body(events.checkIn(caller, id, body.email()));
    }

    @POST
    @Path("{id}/attendance.csv")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Uploads a sign-in sheet (CSV, UTF-8, header with an email column): everyone it names is checked "
            + "in, or nobody when a line is wrong (a validation problem naming each line and column)")
    public Bodies.SignInBody signInSheet(@Context SecurityContext security, @PathParam("id") long id, InputStream csv) {
        SignInReport report = events.importSignInSheet(RestCallers.caller(security), id,
                csv == null ? InputStream.nullInputStream() : csv);
        if (!report.accepted()) {
            throw new org.cybersudoe.core.error.ValidationException(report.errors().stream()
                    .map(e -> new org.cybersudoe.core.error.FieldError("line " + e.line() + (e.field() == null ? "" : ": " + e.field()),
                            "invalid-value", e.message(), e.text())).toList());
        }
        return Bodies.body(report);
    }
}
