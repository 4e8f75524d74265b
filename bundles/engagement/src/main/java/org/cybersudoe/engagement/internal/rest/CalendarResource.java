package org.cybersudoe.engagement.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.CalendarService;
import org.cybersudoe.web.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** iCalendar feeds to subscribe to, and one .ics per event; public. {@code ?lang=} or Accept-Language picks the texts. */
@Component(service = CalendarResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/engagement/calendars")
@Anonymous
@Produces(CalendarResource.ICS)
@Tag(name = "engagement: calendars", description = "RFC 5545 iCalendar feeds of the published events (no credentials)")
public class CalendarResource {

    static final String ICS = "text/calendar;charset=UTF-8";

    private final CalendarService calendars;

    @Activate
    public CalendarResource(@Reference CalendarService calendars) {
        this.calendars = calendars;
    }

    @GET
    @Path("network.ics")
    @Operation(summary = "Every published event of the network")
    public Response network(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        return ics(calendars.feed(null, null, language(lang, accept)), "cybersudoe");
    }

    @GET
    @Path("partners/{partner}.ics")
    @Operation(summary = "The published events of one partner")
    public Response partner(@PathParam("partner") String partner, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        return ics(calendars.feed(partner, null, language(lang, accept)), partner);
    }

    @GET
    @Path("themes/{theme}.ics")
    @Operation(summary = "The published events of one theme")
    public Response theme(@PathParam("theme") String theme, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        return ics(calendars.feed(null, theme, language(lang, accept)), theme);
    }

    @GET
    @Path("events/{id}.ics")
    @Operation(summary = "One published event")
    public Response event(@PathParam("id") long id, @QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        return ics(calendars.event(id, language(lang, accept)), "event-" + id);
    }

    private static Language language(String lang, String accept) {
        return lang != null ? Language.fromCode(lang).orElse(Language.EN) : Messages.negotiate(accept);
    }

    private static Response ics(String body, String name) {
        return Response.ok(body, ICS).header("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                + ".ics\"").build();
    }
}
