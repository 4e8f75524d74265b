package org.cybersudoe.outreach.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import java.nio.file.StandardCopyOption;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.internal.rest.Bodies.ImportBody;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = ImportResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/outreach")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "outreach: imports", description = "CSV imports into a partner's directory, and the consent rules per country")
public class ImportResource {

    private final ImportService imports;
    private final DirectoryService directory;

    @Activate
    public ImportResource(@Reference ImportService imports, @Reference DirectoryService directory) {
        this.imports = imports;
        this.directory = directory;
    }

    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Imports a CSV file sent as the raw body (text/csv) into ?partner='s directory: UTF-8, UTF-16 with BOM "
            + "or Windows-1252; comma, semicolon or tab; columns named by the header. Bad rows are reported by line and column "
            + "while good rows go in; the same file again changes nothing. ?fileName= names the source. The answer holds the "
            + "first page of errors; GET imports/{id} pages through the rest.")
    public Response upload(@Context SecurityContext security, @Context UriInfo uri, @HeaderParam("Accept-Language") String accept,
            @QueryParam("partner") String partner, @QueryParam("fileName") String fileName, InputStream body) {
        // the file is read twice (structure check, then import): keep the upload on disk, not in memory
        java.nio.file.Path file;
        try {
            file = Files.createTempFile("cybersudoe-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.copy(body == null ? InputStream.nullInputStream() : body, file, StandardCopyOption.REPLACE_EXISTING);
            ImportBody report = Bodies.body(imports.importCsv(RestCallers.caller(security), partner, file,
                    fileName == null ? "upload" : fileName, ImportProgress.NONE), Messages.negotiate(accept));
            return RestParams.created(uri, report.id(), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file left in data/tmp is harmless
            }
        }
    }

    @GET
    @Path("imports")
    @Operation(summary = "Imports, newest first, of one ?partner or all; sort by id, partner, startedAt, status")
    public Page<ImportBody> list(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @QueryParam("partner") String partner, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("sort") String sort) {
        Language language = Messages.negotiate(accept);
        return imports.imports(RestCallers.caller(security), partner, RestParams.page(offset, limit, sort, ImportService.SORTABLE))
                .map(r -> Bodies.body(r, language));
    }

    @GET
    @Path("imports/{id}")
    @Operation(summary = "One import with a page of its errors (?offset, ?limit), in line order")
    public ImportBody get(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return Bodies.body(imports.get(RestCallers.caller(security), id, RestParams.page(offset,
                limit == null ? PageRequest.MAX_LIMIT : limit, null, List.of())), Messages.negotiate(accept));
    }

    @GET
    @Path("consent-rules")
    @Operation(summary = "Which consent bases allow mailing professional addresses in which country")
    public List<Bodies.ConsentRuleBody> consentRules(@Context SecurityContext security,
            @HeaderParam("Accept-Language") String accept) {
        Language language = Messages.negotiate(accept);
        return directory.consentRules(RestCallers.caller(security)).stream().map(r -> Bodies.body(r, language)).toList();
    }
}
