package org.cybersudoe.engagement.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationStatus;
import org.cybersudoe.engagement.internal.events.EventServiceImpl;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.cybersudoe.web.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The cancellation link of every message to a registrant. The GET only shows a button: mail
 * scanners follow links, and must not cancel anyone's place by doing so.
 */
@Component(service = RegistrationLinkResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/engagement/registrations/cancel")
@Anonymous
@Tag(name = "engagement: cancellation links", description = "The link in registrants' e-mails (no credentials)")
public class RegistrationLinkResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    private final EventServiceImpl events;

    @Activate
    public RegistrationLinkResource(@Reference EventServiceImpl events) {
        this.events = events;
    }

    @GET
    @Produces(HTML)
    @Operation(summary = "The page of a cancellation link: asks to confirm with a button (changes nothing)")
    public Response page(@QueryParam("t") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Registration r;
        try {
            r = events.registrationByToken(token);
        } catch (NotFoundException e) {
            return invalid(Messages.negotiate(acceptLanguage));
        }
        Language l = r.language();
        Event e = events.eventOf(r);
        if (r.status() == RegistrationStatus.CANCELLED) {
            return Response.ok(page(l, text(l, "page.cancel.already"))).build();
        }
        String form = "</p><form method=\"post\" action=\"?t=" + escape(token) + "\"><button type=\"submit\">"
                + text(l, "page.cancel.button") + "</button></form><p>";
        return Response.ok(page(l, EventMail.MESSAGES.get(l, "page.cancel.confirm", escape(r.email()), escape(title(e, l)),
                escape(e.start().toLocalDate().toString())) + form)).build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Produces(HTML)
    @Operation(summary = "Cancels the registration; the first on the waiting list takes the place")
    public Response cancel(@QueryParam("t") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Registration r;
        // Without a registration, the browser's languages are the best guess at the registrant's.
        Language browser = Messages.negotiate(acceptLanguage);
        try {
            r = events.cancelByToken(token);
        } catch (NotFoundException e) {
            return invalid(browser);
        } catch (ProblemException refused) {
            return Response.status(refused.status()).type(HTML).entity(page(browser, escape(refused.detail(browser)))).build();
        }
        Language l = r.language();
        return Response.ok(page(l, EventMail.MESSAGES.get(l, "page.cancel.done", escape(r.email()),
                escape(title(events.eventOf(r), l))))).build();
    }

    private static String title(Event e, Language l) {
        return e.title().resolve(l).orElse("");
    }

    private static String text(Language l, String key) {
        return EventMail.MESSAGES.get(l, key);
    }

    private static Response invalid(Language language) {
        return Response.status(404).type(HTML).entity(page(language, text(language, "page.cancel.invalid"))).build();
    }

    private static String page(Language l, String paragraph) {
        return "<!DOCTYPE html><html lang=\"" + l.code() + "\"><head><meta charset=\"UTF-8\"><title>" + text(l, "page.cancel.title")
                + "</title></head><body><p>" + paragraph + "</p></body></html>";
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
