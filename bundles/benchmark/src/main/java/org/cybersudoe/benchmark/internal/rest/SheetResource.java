package org.cybersudoe.benchmark.internal.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedHashMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.Providers;

import org.cybersudoe.web.RestParams;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.Checks;
import org.cybersudoe.benchmark.internal.rest.Bodies.CommentBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.EventBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.SheetBody;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = SheetResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/benchmark/sheets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "benchmark: sheets", description = "Evaluation sheets of awareness actions, their review and full-text search")
public class SheetResource {

    private final SheetService sheets;

    @Activate
    public SheetResource(@Reference SheetService sheets) {
        this.sheets = sheets;
    }

    @GET
    @Operation(summary = "Searches the sheets you may read: q (words, stemmed per language), lang (fr, es, pt, en: the "
            + "language of q; all when absent), filters theme, sector, country, method, status, owner; sort by id, updated "
            + "(without sort: by relevance when q is given, else newest first, as sort=-id)")
    public Page<SheetBody> search(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @QueryParam("q") String q, @QueryParam("lang") String lang, @QueryParam("theme") String theme,
            @QueryParam("sector") String sector, @QueryParam("country") String country, @QueryParam("method") String method,
            @QueryParam("status") String status, @QueryParam("owner") String owner, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        Language language = RestParams.code("lang", lang, l -> Language.fromCode(l).filter(x -> x.code().equals(l)), "fr, es, pt or en");
        SheetStatus s = RestParams.code("status", status, SheetStatus::fromCode, "draft, submitted, returned or published");
        Validator words = new Validator();
        Checks.searchWords(words, "q", q);
        words.throwIfInvalid();
        Language answer = Messages.negotiate(accept);
        return sheets.search(RestCallers.caller(security), new SheetQuery(q, language, theme, sector, country, method, s, owner),
                RestParams.page(offset, limit, sort, SheetService.SORTABLE)).map(x -> Bodies.body(x, answer));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One sheet")
    public SheetBody get(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        return Bodies.body(sheets.get(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Operation(summary = "Writes a new draft sheet for a structure (its partner's admins and staff, or admins)")
    public Response create(@Context SecurityContext security, @Context UriInfo uri,
            @HeaderParam("Accept-Language") String accept, SheetBody body) {
        Sheet created = sheets.create(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.id(), Bodies.body(created, Messages.negotiate(accept)));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replaces a draft or returned sheet; send the version read (body or If-Match); 409 when stale")
    public SheetBody update(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, SheetBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(sheets.update(RestCallers.caller(security), id, version, Bodies.draft(body)),
                Messages.negotiate(accept));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a draft or returned sheet; send the version read (?version= or If-Match)")
    public Response delete(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("version") Long version, @HeaderParam("If-Match") String ifMatch) {
        sheets.delete(RestCallers.caller(security), id, RestParams.version(version, ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Sends a draft or returned sheet to the technical committee for review")
    public SheetBody submit(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        return Bodies.body(sheets.submit(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publishes a submitted sheet (reviewers), with an optional comment; no body means no comment")
    public SheetBody publish(@Context SecurityContext security, @Context Providers providers,
            @HeaderParam("Accept-Language") String accept, @PathParam("id") long id,
            @RequestBody(required = false, content = @Content(schema = @Schema(implementation = CommentBody.class)))
            InputStream body) throws IOException {
        return Bodies.body(sheets.publish(RestCallers.caller(security), id, optionalComment(providers, body)),
                Messages.negotiate(accept));
    }

    /**
     * The comment of a body that may be absent. The server refuses an empty body for an entity
     * parameter (an operation that takes a body gets one), so this one reads the raw body and
     * hands a non-empty one to the server's own JSON reader. Its exceptions go out unchanged, so
     * a malformed or unknown field, or a body over the limit, is the problem it is everywhere.
     */
    static String optionalComment(Providers providers, InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        MessageBodyReader<CommentBody> reader = providers.getMessageBodyReader(CommentBody.class, CommentBody.class,
                new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        CommentBody comment = reader.readFrom(CommentBody.class, CommentBody.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, new MultivaluedHashMap<>(), new ByteArrayInputStream(bytes));
        return comment == null ? null : comment.comment();
    }
}
