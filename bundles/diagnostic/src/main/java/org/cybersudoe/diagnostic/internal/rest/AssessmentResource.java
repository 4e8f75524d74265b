package org.cybersudoe.diagnostic.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.Assessment;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.AssessmentService;
import org.cybersudoe.diagnostic.PeerService;
import org.cybersudoe.diagnostic.QuestionnaireService;
import org.cybersudoe.diagnostic.StartedAssessment;
import org.cybersudoe.diagnostic.internal.rest.Bodies.AnswersBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.AssessmentBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.PeersBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.ResultBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.StartBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.StartedBody;
import org.cybersudoe.web.Anonymous;
import org.cybersudoe.web.RestCallers;
import org.cybersudoe.web.RestParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The respondent's flow, without an account: start, save and resume by the link's secret token,
 * submit, result (JSON, SVG radar, PDF) and the position against peers.
 */
@Component(service = AssessmentResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/diagnostic/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Anonymous
@Tag(name = "diagnostic: taking an assessment", description = "Start, save and resume by link, submit, result, how am I doing")
public class AssessmentResource {

    private final AssessmentService assessments;
    private final PeerService peers;
    private final QuestionnaireService questionnaires;

    @Activate
    public AssessmentResource(@Reference AssessmentService assessments, @Reference PeerService peers,
            @Reference QuestionnaireService questionnaires) {
        this.assessments = assessments;
        this.peers = peers;
        this.questionnaires = questionnaires;
    }

    @POST
    @Operation(summary = "Starts an assessment: {questionnaire, language, profile: {country, region, nace, size}} for an anonymous "
            + "respondent, or {questionnaire, language, companyId} (staff of the company's partner, authenticated). The answer's "
            + "token is the only key to the assessment: keep the resumeUrl")
    public Response start(@Context SecurityContext security, @Context UriInfo uri, StartBody body) {
        Caller caller = RestCallers.callerOrAnonymous(security);
        StartedAssessment started = assessments.start(caller, Bodies.request(body));
        String base = Bodies.BASE + "/assessments/" + started.token();
        return RestParams.created(uri, started.token(),
                new StartedBody(started.token(), base, base + "/answers", base + "/submit", body(started.assessment())));
    }

    @GET
    @Path("{token}")
    @Operation(summary = "Resumes an assessment: its questionnaire version, status and the answers saved so far")
    public AssessmentBody get(@PathParam("token") String token) {
        return body(assessments.byToken(token));
    }

    @PUT
    @Path("{token}/answers")
    @Operation(summary = "Saves answers of a draft, merged with those saved before: {answers: {question: value}}; a value is an "
            + "option code, a list of option codes, a number, yes/no, \"not-relevant\", or null to erase. Nothing is saved when an "
            + "answer is refused; the problem names each bad question (answers.<code>)")
    public AssessmentBody answers(@PathParam("token") String token, AnswersBody body) {
        return body(assessments.saveAnswers(token, body == null ? Map.of() : body.answers()));
    }

    @POST
    @Path("{token}/submit")
    @Operation(summary = "Submits the draft: scores it once and for all; refused, naming them, while required questions are unanswered")
    public ResultBody submit(@PathParam("token") String token) {
        return result(token, assessments.submit(token));
    }

    @GET
    @Path("{token}/result")
    @Operation(summary = "The result in the respondent's language: score per dimension and overall, level, recommendations")
    public ResultBody result(@PathParam("token") String token) {
        return result(token, assessments.result(token));
    }

    @GET
    @Path("{token}/result.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The result's radar chart (SVG)")
    public Response svg(@PathParam("token") String token) {
        return Response.ok(assessments.radarSvg(assessments.result(token)), "image/svg+xml").build();
    }

    @GET
    @Path("{token}/result.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The result as a printable PDF in the respondent's language")
    public Response pdf(@PathParam("token") String token) {
        AssessmentResult r = assessments.result(token);
        return Response.ok(assessments.pdf(r), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"diagnostic-" + r.questionnaire().code() + ".pdf\"").build();
    }

    @GET
    @Path("{token}/peers")
    @Operation(summary = "How am I doing: the percentile per dimension among companies of the same sector, size, region, country and "
            + "the whole network; a cohort smaller than the minimum is withheld")
    public PeersBody peers(@PathParam("token") String token) {
        return Bodies.body(peers.ofToken(token));
    }

    private AssessmentBody body(Assessment a) {
        return Bodies.body(a, questionnaires);
    }

    private static ResultBody result(String token, AssessmentResult r) {
        String base = Bodies.BASE + "/assessments/" + token;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("svg", base + "/result.svg");
        links.put("pdf", base + "/result.pdf");
        links.put("peers", base + "/peers");
        return Bodies.body(r, links);
    }
}
