package org.cybersudoe.outreach.internal.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.outreach.BounceOutcome;
import org.cybersudoe.outreach.BounceService;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignService;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.NewsletterService;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Component(service = NewsletterResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/outreach")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "outreach: newsletters", description = "Newsletter issues, the partners' footers, and the campaigns that send them")
public class NewsletterResource {

    private final NewsletterService newsletters;
    private final CampaignService campaigns;
    private final BounceService bounces;

    @Activate
    public NewsletterResource(@Reference NewsletterService newsletters, @Reference CampaignService campaigns,
            @Reference BounceService bounces) {
        this.newsletters = newsletters;
        this.campaigns = campaigns;
        this.bounces = bounces;
    }

    public record SectionBody(String theme, Map<String, String> title, Map<String, String> body) {
    }

    /** An issue as sent and received; on input {@code id}, {@code missingLanguages} and the audit fields are ignored. */
    public record IssueBody(Long id, Integer number, Map<String, String> subject, Map<String, String> intro, List<SectionBody> sections,
            List<String> missingLanguages, String createdBy, Instant updatedAt, Long version) {
    }

    public record FooterBody(Map<String, String> footer) {
    }

    public record PreviewBody(String language, String subject, String html, String text) {
    }

    public record TestSendBody(String address, String language, String partner) {
    }

    public record ScheduleBody(Long issueId, Instant startsAt) {
    }

    public record CampaignBody(long id, long issueId, int issueNumber, String status, String statusLabel, Instant startsAt,
            String createdBy, Instant startedAt, Instant finishedAt, int recipients, int sent, int failed, int skipped, int left,
            int perMinute, Long secondsLeft, String note) {
    }

    /** What a delivery report did, its reason in the caller's language. */
    public record BounceBody(boolean deliveryReport, boolean applied, String reason, String email, Long campaignId, String status) {
    }

    @GET
    @Path("issues")
    @Operation(summary = "Newsletter issues, newest number first; sort by number, createdAt, updatedAt")
    public Page<IssueBody> issues(@Context SecurityContext security, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        return newsletters.issues(RestCallers.caller(security), RestParams.page(offset, limit, sort, NewsletterService.SORTABLE))
                .map(NewsletterResource::body);
    }

    @GET
    @Path("issues/{id}")
    @Operation(summary = "One issue")
    public IssueBody issue(@Context SecurityContext security, @PathParam("id") long id) {
        return body(newsletters.issue(RestCallers.caller(security), id));
    }

    @POST
    @Path("issues")
    @Operation(summary = "Writes an issue (admins): number, subject and intro per language ({\"fr\": ..., \"es\": ...}), sections "
            + "[{theme, title, body}]; texts are plain, paragraphs separated by blank lines")
    public Response create(@Context SecurityContext security, @Context UriInfo uri, IssueBody body) {
        NewsletterIssue created = newsletters.create(RestCallers.caller(security), draft(body));
        return RestParams.created(uri, created.id(), body(created));
    }

    @PUT
    @Path("issues/{id}")
    @Operation(summary = "Replaces an issue (admins); send the version read")
    public IssueBody update(@Context SecurityContext security, @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
            IssueBody body) {
        long version = RestParams.version(body == null ? null : body.version(), ifMatch);
        return body(newsletters.update(RestCallers.caller(security), id, version, draft(body)));
    }

    @GET
    @Path("issues/{id}/preview")
    @Operation(summary = "The issue as a recipient receives it: ?contact= (one of your partner's contacts), or ?language=&partner=")
    public PreviewBody preview(@Context SecurityContext security, @PathParam("id") long id, @QueryParam("contact") Long contact,
            @QueryParam("language") String language, @QueryParam("partner") String partner) {
        RenderedMessage m = contact != null ? newsletters.preview(RestCallers.caller(security), id, contact)
                : newsletters.preview(RestCallers.caller(security), id, language(language), partner);
        return new PreviewBody(m.language().code(), m.subject(), m.html(), m.text());
    }

    @POST
    @Path("issues/{id}/test-send")
    @Operation(summary = "Sends the issue now to one address, marked as a test: {address, language, partner}")
    public Response testSend(@Context SecurityContext security, @PathParam("id") long id, TestSendBody body) {
        if (body == null) {
            throw new ValidationException("body", "required", Bodies.MESSAGES.text("error.field.test-send-body"));
        }
        new Validator().required("partner", body.partner()).throwIfInvalid();
        newsletters.testSend(RestCallers.caller(security), id, language(body.language()), body.partner(), body.address());
        return Response.noContent().build();
    }

    @GET
    @Path("footers/{partner}")
    @Operation(summary = "The footer a partner's contacts read under every issue")
    public FooterBody footer(@Context SecurityContext security, @PathParam("partner") String partner) {
        return new FooterBody(newsletters.footer(RestCallers.caller(security), partner).byCode());
    }

    @PUT
    @Path("footers/{partner}")
    @Operation(summary = "Writes a partner's footer (its admins and staff, or admins): {\"footer\": {\"fr\": ..., ...}}")
    public FooterBody setFooter(@Context SecurityContext security, @PathParam("partner") String partner, FooterBody body) {
        Validator v = new Validator();
        LocalizedText footer = body == null || body.footer() == null ? null : LocalizedText.ofCodes(body.footer(), v, "footer");
        v.throwIfInvalid();
        return new FooterBody(newsletters.setFooter(RestCallers.caller(security), partner, footer).byCode());
    }

    @GET
    @Path("campaigns")
    @Operation(summary = "Campaigns, newest first, with their progress; sort by id, status, startsAt, createdAt")
    public Page<CampaignBody> campaigns(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("sort") String sort) {
        Language l = Messages.negotiate(accept);
        return campaigns.list(RestCallers.caller(security), RestParams.page(offset, limit, sort, CampaignService.SORTABLE))
                .map(c -> body(c, l));
    }

    @GET
    @Path("campaigns/{id}")
    @Operation(summary = "One campaign and its progress: sent, failed, skipped, left, rate per minute, time left, what it waits for")
    public CampaignBody campaign(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            @PathParam("id") long id) {
        return body(campaigns.get(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Path("campaigns")
    @Operation(summary = "Schedules an issue (admins): {issueId, startsAt} (now when startsAt is absent); the issue must be "
            + "complete in fr, es, pt and en")
    public Response schedule(@Context SecurityContext security, @Context UriInfo uri, @HeaderParam("Accept-Language") String accept,
            ScheduleBody body) {
        if (body == null || body.issueId() == null) {
            throw new ValidationException("issueId", "required", "is required");
        }
        Campaign c = campaigns.schedule(RestCallers.caller(security), body.issueId(), body.startsAt());
        return RestParams.created(uri, c.id(), body(c, Messages.negotiate(accept)));
    }

    @POST
    @Path("campaigns/{id}/pause")
    @Operation(summary = "Pauses a campaign (admins): the message on the wire finishes, nothing more goes out")
    public CampaignBody pause(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept, @PathParam("id") long id) {
        return body(campaigns.pause(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Path("campaigns/{id}/resume")
    @Operation(summary = "Resumes a paused campaign where it stopped (admins)")
    public CampaignBody resume(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept, @PathParam("id") long id) {
        return body(campaigns.resume(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Path("campaigns/{id}/cancel")
    @Operation(summary = "Cancels a campaign for good (admins); what was sent stays sent")
    public CampaignBody cancel(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept, @PathParam("id") long id) {
        return body(campaigns.cancel(RestCallers.caller(security), id), Messages.negotiate(accept));
    }

    @POST
    @Path("bounces")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Reports a bounce (admins): the delivery status notification (RFC 3464) as received, the whole MIME "
            + "message as the body. Only a permanent failure of a message of our campaigns, to that very address, marks it bounced")
    public BounceBody bounce(@Context SecurityContext security, @HeaderParam("Accept-Language") String accept,
            java.io.InputStream body) {
        try {
            BounceOutcome o = bounces.report(RestCallers.caller(security), body == null ? new byte[0] : body.readAllBytes());
            return new BounceBody(o.deliveryReport(), o.applied(), o.reason().resolve(Messages.negotiate(accept)).orElse(null),
                    o.email(), o.campaignId(), o.status());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Language language(String code) {
        return code == null ? Language.EN : Language.fromCode(code).filter(l -> l.code().equals(code))
                .orElseThrow(() -> new ValidationException("language", "invalid-value", Bodies.MESSAGES.text("error.field.language")));
    }

    static IssueBody body(NewsletterIssue i) {
        List<SectionBody> sections = new ArrayList<>();
        for (IssueSection s : i.sections()) {
            sections.add(new SectionBody(s.theme(), s.title().byCode(), s.body().byCode()));
        }
        return new IssueBody(i.id(), i.number(), i.subject().byCode(), i.intro().byCode(), sections,
                i.missingLanguages().stream().map(Language::code).toList(), i.createdBy(), i.updatedAt(), i.version());
    }

    static CampaignBody body(Campaign c, Language language) {
        var p = c.progress();
        return new CampaignBody(c.id(), c.issueId(), c.issueNumber(), c.status().code(),
                Bodies.MESSAGES.get(language, "campaign." + c.status().code()), c.startsAt(), c.createdBy(), c.startedAt(),
                c.finishedAt(), p.recipients(), p.sent(), p.failed(), p.skipped(), p.left(), p.perMinute(), p.secondsLeft(),
                p.note() == null ? null : p.note().resolve(language).orElse(null));
    }

    private static IssueDraft draft(IssueBody b) {
        if (b == null) {
            throw new ValidationException("body", "required", Bodies.MESSAGES.text("error.field.issue-body"));
        }
        Validator v = new Validator().required("number", b.number());
        LocalizedText subject = b.subject() == null ? null : LocalizedText.ofCodes(b.subject(), v, "subject");
        LocalizedText intro = b.intro() == null ? null : LocalizedText.ofCodes(b.intro(), v, "intro");
        List<IssueSection> sections = new ArrayList<>();
        List<SectionBody> given = b.sections() == null ? List.of() : b.sections();
        for (int n = 0; n < given.size(); n++) {
            SectionBody s = given.get(n);
            if (s == null) {
                v.check(false, "sections[" + n + "]", "required", "is required");
                continue;
            }
            sections.add(new IssueSection(s.theme(), s.title() == null ? null : LocalizedText.ofCodes(s.title(), v, "sections[" + n + "].title"),
                    s.body() == null ? null : LocalizedText.ofCodes(s.body(), v, "sections[" + n + "].body")));
        }
        v.throwIfInvalid();
        return new IssueDraft(b.number(), subject, intro, sections);
    }
}
