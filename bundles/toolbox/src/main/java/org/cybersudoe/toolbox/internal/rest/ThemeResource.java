package org.cybersudoe.toolbox.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.cybersudoe.toolbox.internal.ToolboxTexts;
import org.cybersudoe.toolbox.internal.rest.Bodies.ContentBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.RefusalBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.ThemeBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ThemeResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/toolbox/themes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "toolbox: themes", description = "The themes deployed as theme bundles, their guide, video and questionnaire, and refused theme bundles")
public class ThemeResource {

    private final ThemeRegistry themes;

    @Activate
    public ThemeResource(@Reference ThemeRegistry themes) {
        this.themes = themes;
    }

    @GET
    @Operation(summary = "Lists the deployed themes by kind and code; all=true adds those whose bundle was removed (available=false)")
    public List<ThemeBody> list(@Context SecurityContext security, @QueryParam("all") boolean all) {
        return themes.list(RestCallers.caller(security), all).stream().map(Bodies::body).toList();
    }

    @GET
    @Path("refused")
    @Operation(summary = "The theme bundles refused, with every problem (file, field, message in the caller's language)")
    public List<RefusalBody> refused(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept) {
        Language language = Messages.negotiate(accept);
        return themes.refusals(RestCallers.caller(security)).stream().map(r -> Bodies.body(r, language)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One theme, also when its bundle was removed (available=false)")
    public ThemeBody get(@Context SecurityContext security, @PathParam("code") String code) {
        return Bodies.body(themes.find(RestCallers.caller(security), code)
                .orElseThrow(() -> new NotFoundException(ToolboxTexts.MESSAGES.text("error.not-found.theme", code))));
    }

    @GET
    @Path("{code}/content")
    @Operation(summary = "A deployed theme's methodological guide, awareness video (subtitles, transcript) and diagnostic questionnaire")
    public ContentBody content(@Context SecurityContext security, @PathParam("code") String code) {
        Caller caller = RestCallers.caller(security);
        return themes.content(caller, code).map(Bodies::body).orElseThrow(
                () -> new NotFoundException(ToolboxTexts.MESSAGES.text("error.not-found.deployed-theme", code)));
    }
}
