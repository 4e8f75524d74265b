package org.cybersudoe.toolbox.internal.rest;

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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.web.RestParams;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.toolbox.LanguageVersionDraft;
import org.cybersudoe.toolbox.ResourceDraft;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.ResourceQuery;
import org.cybersudoe.toolbox.ResourceService;
import org.cybersudoe.toolbox.ToolResource;
import org.cybersudoe.toolbox.TranslationStatus;
import org.cybersudoe.toolbox.internal.Checks;
import org.cybersudoe.toolbox.internal.rest.Bodies.LanguageVersionBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.ProgressBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.ReportBody;
import org.cybersudoe.toolbox.internal.rest.Bodies.ResourceBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ResourceResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/toolbox/resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "toolbox: resources", description = "Guides, videos, diagnostic tools and partner tools per theme, one version per language; translation report and progress")
public class ResourceResource {

    private static final String KINDS = "guide, video, diagnostic or partner-tool";

    private final ResourceService resources;

    @Activate
    public ResourceResource(@Reference ResourceService resources) {
        this.resources = resources;
    }

    @GET
    @Operation(summary = "Lists resources; filters theme, kind (guide, video, diagnostic, partner-tool) and owner; sort by id, theme, kind, owner")
    public Page<ResourceBody> list(@Context SecurityContext security, @QueryParam("theme") String theme,
            @QueryParam("kind") String kind, @QueryParam("owner") String owner, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        ResourceKind k = RestParams.code("kind", kind, ResourceKind::fromCode, KINDS);
        return resources.list(RestCallers.caller(security), new ResourceQuery(theme, k, owner),
                PageRequest.of(offset, limit, sort, ResourceService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One resource with its language versions")
    public ResourceBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(resources.get(RestCallers.caller(security), id));
    }

    @POST
    @Operation(summary = "Adds a resource for a deployed theme, owned by your partner unless ownerPartner names another "
            + "(required when you belong to no partner); its language versions are added afterwards")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, ResourceBody body) {
        Validator unreadable = new Validator();
        // versions are added one language at a time (PUT .../languages/{language}); on a PUT of the
        // resource they come back from a GET and are left as they are, but a new resource has none
        unreadable.check(body == null || body.versions() == null || body.versions().isEmpty(), "versions", "read-only",
                () -> Bodies.MESSAGES.text("error.field.versions-read-only"));
        ResourceDraft draft = Bodies.draft(body, unreadable);
        ToolResource created = Bodies.withUnreadable(unreadable, () -> resources.create(RestCallers.caller(security), draft));
        return RestParams.created(uri, created.id(), Bodies.body(created));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a resource's data; send the version read (body or If-Match); 409 when stale")
    public ResourceBody update(@Context SecurityContext security, @PathParam("id") long id,
            @HeaderParam("If-Match") String ifMatch, ResourceBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        Validator unreadable = new Validator();
        ResourceDraft draft = Bodies.draft(body, unreadable);
        return Bodies.body(Bodies.withUnreadable(unreadable,
                () -> resources.update(RestCallers.caller(security), id, version, draft)));
    }

    @PUT
    @Path("{id}/languages/{language}")
    @Operation(summary = "Sets the resource's version in one language (title, location, status planned, in-translation, translated or validated); send the resource's version")
    public ResourceBody putLanguage(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("language") String language, @HeaderParam("If-Match") String ifMatch, LanguageVersionBody body) {
        Language l = RestParams.code("language", language, c -> Language.fromCode(c).filter(x -> x.code().equals(c)),
                "fr, es, pt or en");
        if (l == null) {
            throw new ValidationException("language", "required", "is required");
        }
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        Validator unreadable = new Validator();
        LanguageVersionDraft draft = body == null ? null : new LanguageVersionDraft(body.title(), body.location(),
                Bodies.optionalEnum(unreadable, "status", Checks.clean(body.status()), TranslationStatus::fromCode,
                        () -> Bodies.MESSAGES.text("error.field.translation-status")));
        return Bodies.body(Bodies.withUnreadable(unreadable,
                () -> resources.putLanguageVersion(RestCallers.caller(security), id, version, l, draft)));
    }

    @GET
    @Path("translation-report")
    @Operation(summary = "What is missing in which language, per theme (theme=<code> for one); labels in the Accept-Language")
    public List<ReportBody> report(@Context SecurityContext security, @Context HttpHeaders headers,
            @QueryParam("theme") String theme) {
        Language language = RestParams.language(headers);
        return resources.translationReport(RestCallers.caller(security), theme == null || theme.isBlank() ? null : theme)
                .stream().map(r -> Bodies.body(r, language)).toList();
    }

    @GET
    @Path("progress")
    @Operation(summary = "Progress toward 9 guides, 9 videos, 9 diagnostics, each in 3 languages")
    public ProgressBody progress(@Context SecurityContext security, @Context HttpHeaders headers) {
        return Bodies.body(resources.progress(RestCallers.caller(security)), RestParams.language(headers));
    }
}
