package org.cybersudoe.outreach.internal.rest;

import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.internal.directory.DirectoryServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.web.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The links in every newsletter. GET only shows a page with a button (mail scanners follow
 * links); POST unsubscribes at once: the button, or a mail client's RFC 8058 one-click request
 * ({@code List-Unsubscribe=One-Click}). The link proves itself with a token the platform signed.
 */
@Component(service = UnsubscribeResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/outreach/unsubscribe")
@Anonymous
@Tag(name = "outreach: unsubscribe", description = "One-click unsubscribe links of the newsletters (no credentials)")
public class UnsubscribeResource {

    private final DirectoryServiceImpl directory;
    private final Dispatcher dispatcher;

    @Activate
    public UnsubscribeResource(@Reference DirectoryServiceImpl directory, @Reference Dispatcher dispatcher) {
        this.directory = directory;
        this.dispatcher = dispatcher;
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "The page of an unsubscribe link: asks to confirm with a button (changes nothing)")
    public Response page(@HeaderParam("Accept-Language") String accept, @QueryParam("c") long campaign,
            @QueryParam("r") long contact, @QueryParam("t") String token) {
        if (!dispatcher.tokens().valid(campaign, contact, token)) {
            return invalid(Messages.negotiate(accept));
        }
        var found = directory.mailable(contact);
        Language l = language(found, accept);
        String address = found.map(k -> k.email()).orElse("");
        String action = "?c=" + campaign + "&r=" + contact + "&t=" + token;
        return Response.ok(page(l, Bodies.MESSAGES.get(l, "page.unsubscribe.confirm", escape(address))
                + "</p><form method=\"post\" action=\"" + escape(action) + "\"><button type=\"submit\" name=\"List-Unsubscribe\" "
                + "value=\"One-Click\">" + Bodies.MESSAGES.get(l, "page.unsubscribe.button") + "</button></form><p>")).build();
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Unsubscribes at once (RFC 8058 one-click, or the page's button)")
    public Response unsubscribe(@HeaderParam("Accept-Language") String accept, @QueryParam("c") long campaign,
            @QueryParam("r") long contact, @QueryParam("t") String token) {
        if (!dispatcher.tokens().valid(campaign, contact, token)) {
            return invalid(Messages.negotiate(accept));
        }
        var found = directory.mailable(contact);
        directory.unsubscribeContact(contact, "one-click link of campaign " + campaign);
        Language l = language(found, accept);
        return Response.ok(page(l, Bodies.MESSAGES.get(l, "page.unsubscribe.done", escape(found.map(k -> k.email()).orElse("")))))
                .build();
    }

    /**
     * The language the newsletter was sent in, when the link names a known contact: the person reads the page in
     * the language of the mail they clicked in, whatever their browser's setting; else the browser's.
     */
    private static Language language(Optional<Contact> contact, String accept) {
        return contact.map(Contact::language).orElseGet(() -> Messages.negotiate(accept));
    }

    private static Response invalid(Language l) {
        return Response.status(400).type(MediaType.TEXT_HTML + ";charset=UTF-8")
                .entity(page(l, Bodies.MESSAGES.get(l, "page.unsubscribe.invalid"))).build();
    }

    private static String page(Language l, String paragraph) {
        return "<!DOCTYPE html><html lang=\"" + l.code() + "\"><head><meta charset=\"UTF-8\"><title>"
                + Bodies.MESSAGES.get(l, "page.unsubscribe.title") + "</title></head><body><p>" + paragraph + "</p></body></html>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
