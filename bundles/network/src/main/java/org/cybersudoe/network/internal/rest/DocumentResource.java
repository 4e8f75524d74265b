package org.cybersudoe.network.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.paging.InMemoryOrder;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.network.DocumentContent;
import org.cybersudoe.network.DocumentInfo;
import org.cybersudoe.network.DocumentService;
import org.cybersudoe.network.DocumentVersion;
import org.cybersudoe.network.FileUpload;
import org.cybersudoe.network.FolderType;
import org.cybersudoe.network.NewDocument;
import org.cybersudoe.network.internal.NetworkTexts;
import org.cybersudoe.network.internal.rest.Bodies.DocumentBody;
import org.cybersudoe.network.internal.rest.Bodies.VersionBody;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Shared documents. Uploads are the raw file as the body, its media type as Content-Type and
 * its name in Content-Disposition ({@code attachment; filename="plan.pdf"}) or {@code ?fileName=}.
 */
@Component(service = DocumentResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/network/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "network: documents", description = "Shared documents per committee or work package, with versions")
public class DocumentResource {

    private static final InMemoryOrder<VersionBody> VERSION_ORDER = InMemoryOrder
            .by("version", Comparator.comparingInt(VersionBody::version))
            .then("uploadedAt", Comparator.comparing(VersionBody::uploadedAt))
            .then("size", Comparator.comparingLong(VersionBody::size));

    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*\\s*=\\s*([\\w-]+)''([^;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);

    private final DocumentService documents;

    @Activate
    public DocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @Operation(summary = "Lists documents; filters folderType (committee, work-package) and folderCode; sort by title, updatedAt")
    public Page<DocumentBody> list(@Context SecurityContext security, @QueryParam("folderType") String folderType,
            @QueryParam("folderCode") String folderCode, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        FolderType type = RestParams.code("folderType", folderType, FolderType::fromCode,
                () -> NetworkTexts.MESSAGES.text("error.field.folder-type"));
        return documents.list(RestCallers.caller(security), type, folderCode,
                RestParams.page(offset, limit, sort, DocumentService.SORTABLE)).map(Bodies::body);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One document and its latest version")
    public DocumentBody get(@Context SecurityContext security, @PathParam("id") long id) {
        return Bodies.body(documents.get(RestCallers.caller(security), id));
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Uploads a new document: raw body, Content-Type, Content-Disposition filename, ?folderType&folderCode&title[&owner]")
    public Response upload(@Context SecurityContext security, @Context UriInfo uri, @Context HttpHeaders headers,
            @QueryParam("folderType") String folderType, @QueryParam("folderCode") String folderCode,
            @QueryParam("title") String title, @QueryParam("owner") String owner, @QueryParam("fileName") String fileName,
            InputStream body) {
        FolderType type = RestParams.code("folderType", folderType, FolderType::fromCode,
                () -> NetworkTexts.MESSAGES.text("error.field.folder-type"));
        DocumentInfo created = documents.upload(RestCallers.caller(security),
                new NewDocument(type, folderCode, title, owner, file(headers, fileName, body)));
        return RestParams.created(uri, created.id(), Bodies.body(created));
    }

    @GET
    @Path("{id}/versions")
    @Operation(summary = "Every version of a document, oldest first; sort by version, uploadedAt, size")
    public Page<VersionBody> versions(@Context SecurityContext security, @PathParam("id") long id,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return VERSION_ORDER.page(documents.versions(RestCallers.caller(security), id).stream().map(Bodies::body).toList(),
                offset, limit, sort);
    }

    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Uploads a new version (the document's owner partner or admins)")
    public Response addVersion(@Context SecurityContext security, @Context UriInfo uri, @Context HttpHeaders headers,
            @PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        DocumentVersion v = documents.addVersion(RestCallers.caller(security), id, file(headers, fileName, body));
        return RestParams.created(uri, v.version(), Bodies.body(v));
    }

    @GET
    @Path("{id}/versions/{version}")
    @Operation(summary = "One version of a document: file name, type, size, SHA-256, who uploaded it and when")
    public VersionBody versionInfo(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("version") int version) {
        return documents.versions(RestCallers.caller(security), id).stream().filter(v -> v.version() == version)
                .findFirst().map(Bodies::body).orElseThrow(() -> new NotFoundException(
                        NetworkTexts.MESSAGES.text("error.not-found.document-version", id, version)));
    }

    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Downloads the latest version")
    public Response latest(@Context SecurityContext security, @PathParam("id") long id) {
        return download(documents.download(RestCallers.caller(security), id, 0));
    }

    @GET
    @Path("{id}/versions/{version}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Downloads one version, with its Content-Type, file name and SHA-256 (ETag)")
    public Response version(@Context SecurityContext security, @PathParam("id") long id,
            @PathParam("version") int version) {
        return download(documents.download(RestCallers.caller(security), id, Math.max(1, version)));
    }

    private static Response download(DocumentContent content) {
        DocumentVersion v = content.version();
        return Response.ok(content.content(), v.contentType())
                .header("Content-Disposition", contentDisposition(v.fileName()))
                .header("Content-Length", v.size())
                .header("ETag", "\"" + v.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** {@code attachment} with an ASCII fallback name and the exact UTF-8 name (RFC 6266). */
    static String contentDisposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The file name from {@code filename*} or {@code filename} of a Content-Disposition value. */
    static String fileName(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        Matcher star = FILENAME_STAR.matcher(contentDisposition);
        if (star.find()) {
            try {
                return URLDecoder.decode(star.group(2).strip().replace("+", "%2B"),
                        java.nio.charset.Charset.forName(star.group(1)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        Matcher plain = FILENAME.matcher(contentDisposition);
        if (plain.find()) {
            return plain.group(2) != null ? plain.group(2).replaceAll("\\\\(.)", "$1") : plain.group(1);
        }
        return null;
    }

    private static FileUpload file(HttpHeaders headers, String fileNameParam, InputStream body) {
        String name = fileNameParam != null ? fileNameParam
                : fileName(headers.getHeaderString("Content-Disposition"));
        MediaType type = headers.getMediaType();
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FileUpload(name, type == null ? null : type.toString(), bytes);
    }
}
