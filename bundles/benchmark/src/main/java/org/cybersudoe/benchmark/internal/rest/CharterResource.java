package org.cybersudoe.benchmark.internal.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.web.RestParams;
import org.cybersudoe.benchmark.AdoptionStatus;
import org.cybersudoe.benchmark.CharterService;
import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.benchmark.GoldenRule;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.benchmark.internal.rest.Bodies.AdoptBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.AdoptionBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.AdoptionStatusBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.CharterVersionBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.PublishBody;
import org.cybersudoe.benchmark.internal.rest.Bodies.RuleBody;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.InMemoryOrder;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The golden rules, the versions of the charter made of them, and each partner's adoption. */
@Component(service = CharterResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/benchmark/charter")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "benchmark: charter", description = "Golden rules, charter versions and partners' adoption")
public class CharterResource {

    private static final InMemoryOrder<AdoptionBody> ADOPTION_ORDER = InMemoryOrder
            .by("partner", Comparator.comparing(AdoptionBody::partner))
            .then("version", Comparator.comparingInt(AdoptionBody::version))
            .then("adoptedAt", Comparator.comparing(AdoptionBody::adoptedAt));

    private final CharterService charter;

    @Activate
    public CharterResource(@Reference CharterService charter) {
        this.charter = charter;
    }

    @GET
    @Path("golden-rules")
    @Operation(summary = "The golden rules as they are now, in charter order, each with its supporting sheets")
    public List<RuleBody> rules(@Context SecurityContext security) {
        return charter.rules(RestCallers.caller(security)).stream().map(Bodies::body).toList();
    }

    @GET
    @Path("golden-rules/{code}")
    @Operation(summary = "One golden rule")
    public RuleBody rule(@Context SecurityContext security, @PathParam("code") String code) {
        return Bodies.body(charter.rule(RestCallers.caller(security), code));
    }

    @POST
    @Path("golden-rules")
    @Operation(summary = "Adds a golden rule (admins): title and text in fr, es, pt and en; supporting sheets must be published")
    public Response createRule(@Context SecurityContext security, @Context UriInfo uri, RuleBody body) {
        GoldenRule created = charter.createRule(RestCallers.caller(security), Bodies.draft(body));
        return RestParams.created(uri, created.code(), Bodies.body(created));
    }

    @PUT
    @Path("golden-rules/{code}")
    @Operation(summary = "Replaces a golden rule (admins); send the version read; published charter versions keep their copy")
    public RuleBody updateRule(@Context SecurityContext security, @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch, RuleBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return Bodies.body(charter.updateRule(RestCallers.caller(security), code, version, Bodies.draft(body)));
    }

    @DELETE
    @Path("golden-rules/{code}")
    @Operation(summary = "Deletes a golden rule written by mistake (admins); send the version read (?version= or If-Match); "
            + "409 once a published charter version holds it")
    public Response deleteRule(@Context SecurityContext security, @PathParam("code") String code,
            @QueryParam("version") Long version, @HeaderParam("If-Match") String ifMatch) {
        charter.deleteRule(RestCallers.caller(security), code, RestParams.version(version, ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("versions")
    @Operation(summary = "Every published version of the charter, newest first")
    public List<CharterVersionBody> versions(@Context SecurityContext security) {
        return charter.versions(RestCallers.caller(security)).stream().map(Bodies::body).toList();
    }

    @GET
    @Path("versions/current")
    @Operation(summary = "The current version of the charter; 404 until one is published")
    public CharterVersionBody current(@Context SecurityContext security) {
        return Bodies.body(charter.current(RestCallers.caller(security))
                .orElseThrow(() -> new NotFoundException(
                        BenchmarkTexts.MESSAGES.text("error.not-found.current-charter"))));
    }

    @GET
    @Path("versions/{number}")
    @Operation(summary = "One version of the charter")
    public CharterVersionBody version(@Context SecurityContext security, @PathParam("number") int number) {
        return Bodies.body(charter.version(RestCallers.caller(security), number));
    }

    @POST
    @Path("versions")
    @Operation(summary = "Publishes the next version from the golden rules as they are now (admins); every partner must adopt it again")
    public Response publish(@Context SecurityContext security, @Context UriInfo uri, PublishBody body) {
        Validator v = new Validator().required("preamble", body == null ? null : body.preamble());
        v.throwIfInvalid();
        CharterVersion published = charter.publish(RestCallers.caller(security), Bodies.text(v, "preamble", body.preamble()));
        return RestParams.created(uri, published.number(), Bodies.body(published));
    }

    @GET
    @Path("adoptions")
    @Operation(summary = "Each partner's standing with the current version: adopted or not, and its latest adoption")
    public List<AdoptionStatusBody> adoptionStatus(@Context SecurityContext security) {
        return charter.adoptionStatus(RestCallers.caller(security)).stream().map(Bodies::body).toList();
    }

    @GET
    @Path("adoptions/history")
    @Operation(summary = "Every adoption recorded (who, when, which version), newest first; sort by partner, version, adoptedAt")
    public Page<AdoptionBody> adoptions(@Context SecurityContext security, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return ADOPTION_ORDER.page(charter.adoptions(RestCallers.caller(security)).stream().map(Bodies::body).toList(),
                offset, limit, sort);
    }

    @GET
    @Path("adoptions/{partner}")
    @Operation(summary = "One partner's standing with the current version: adopted or not, and its latest adoption")
    public AdoptionStatusBody adoptionStatus(@Context SecurityContext security, @PathParam("partner") String partner) {
        return Bodies.body(standing(RestCallers.caller(security), partner)
                .orElseThrow(() -> new NotFoundException(BenchmarkTexts.MESSAGES.text("error.not-found.partner", partner))));
    }

    @POST
    @Path("adoptions")
    @Operation(summary = "Records a partner's adoption of the current version (its partner-admins, or admins): 201 with the "
            + "partner's standing as Location, 200 when the partner had adopted that version already")
    public Response adopt(@Context SecurityContext security, @Context UriInfo uri, AdoptBody body) {
        Validator v = new Validator().required("partner", body == null ? null : body.partner())
                .required("version", body == null ? null : body.version());
        v.throwIfInvalid();
        Caller caller = RestCallers.caller(security);
        boolean already = standing(caller, body.partner())
                .map(s -> s.latest() != null && s.latest().version() == body.version()).orElse(false);
        AdoptionBody adoption = Bodies.body(charter.adopt(caller, body.partner(), body.version()));
        return already ? Response.ok(adoption).build() : RestParams.created(uri, body.partner(), adoption);
    }

    private Optional<AdoptionStatus> standing(Caller caller, String partner) {
        return charter.adoptionStatus(caller).stream().filter(s -> s.partner().equals(partner)).findFirst();
    }
}
