package org.cybersudoe.diagnostic.internal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.AssessmentService;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.PeerService;
import org.cybersudoe.diagnostic.ProgressService;
import org.cybersudoe.diagnostic.QuestionnaireService;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.assessments.AssessmentServiceImpl;
import org.cybersudoe.diagnostic.internal.rest.Bodies.AssessmentBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.GainBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.MilestoneBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.PeersBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.ResultBody;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The partners' side: a directory company's assessments, its position, its progress, and the gain of assisted companies. */
@Component(service = CompanyDiagnosticResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/diagnostic")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "diagnostic: companies and progress", description = "Assessments of directory companies, peers, T0/T1 and the average gain")
public class CompanyDiagnosticResource {

    private final AssessmentService assessments;
    private final AssessmentServiceImpl settings;
    private final PeerService peers;
    private final ProgressService progress;
    private final QuestionnaireService questionnaires;

    @Activate
    public CompanyDiagnosticResource(@Reference AssessmentService assessments, @Reference AssessmentServiceImpl settings,
            @Reference PeerService peers, @Reference ProgressService progress, @Reference QuestionnaireService questionnaires) {
        this.assessments = assessments;
        this.settings = settings;
        this.peers = peers;
        this.progress = progress;
        this.questionnaires = questionnaires;
    }

    @GET
    @Path("companies/{companyId}/assessments")
    @Operation(summary = "A company's submitted assessments of a questionnaire (default general), oldest first, side by side")
    public List<ResultBody> progress(@Context SecurityContext security, @PathParam("companyId") long companyId,
            @QueryParam("questionnaire") @DefaultValue("general") String questionnaire) {
        return progress.progress(RestCallers.caller(security), companyId, questionnaire).assessments().stream().map(this::body).toList();
    }

    @GET
    @Path("companies/{companyId}/peers")
    @Operation(summary = "How the company is doing: percentiles of its newest assessment per cohort; small cohorts withheld")
    public PeersBody peers(@Context SecurityContext security, @PathParam("companyId") long companyId,
            @QueryParam("questionnaire") @DefaultValue("general") String questionnaire) {
        return Bodies.body(peers.ofCompany(RestCallers.caller(security), companyId, questionnaire));
    }

    @GET
    @Path("results/{id}")
    @Operation(summary = "One submitted assessment of a directory company")
    public ResultBody result(@Context SecurityContext security, @PathParam("id") long id) {
        return body(assessments.result(RestCallers.caller(security), id));
    }

    @GET
    @Path("results/{id}/result.pdf")
    @Produces("application/pdf")
    @Operation(summary = "One submitted assessment of a directory company, as PDF")
    public Response pdf(@Context SecurityContext security, @PathParam("id") long id) {
        AssessmentResult r = assessments.result(RestCallers.caller(security), id);
        return Response.ok(assessments.pdf(r), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + id + ".pdf\"").build();
    }

    @PUT
    @Path("results/{id}/milestone")
    @Operation(summary = "Marks the assessment as the before (T0) or after (T1) of a mission or event of the company: "
            + "{moment: T0|T1, subject: mission|event, subjectId}")
    public AssessmentBody milestone(@Context SecurityContext security, @PathParam("id") long id, MilestoneBody body) {
        Caller caller = RestCallers.caller(security);
        Milestone m = Bodies.milestone(body);
        return Bodies.body(assessments.markMilestone(caller, id, m), questionnaires);
    }

    @GET
    @Path("progress/gain")
    @Operation(summary = "The average gain (T1 minus T0) of companies assessed around the same mission or event; subject=mission, "
            + "event or both (omitted); withheld below the minimum cohort")
    public GainBody gain(@Context SecurityContext security, @QueryParam("questionnaire") @DefaultValue("general") String questionnaire,
            @QueryParam("subject") String subject) {
        Milestone.Subject s = org.cybersudoe.web.RestParams.code("subject", subject, Milestone.Subject::fromCode,
                () -> DiagnosticTexts.MESSAGES.text("error.field.subject"));
        return Bodies.body(progress.averageGain(RestCallers.caller(security), questionnaire, s), settings.minimumCohort());
    }

    private ResultBody body(AssessmentResult r) {
        String base = Bodies.BASE + "/results/" + r.assessment().id();
        Map<String, String> links = new LinkedHashMap<>();
        links.put("pdf", base + "/result.pdf");
        links.put("milestone", base + "/milestone");
        return Bodies.body(r, links);
    }
}
