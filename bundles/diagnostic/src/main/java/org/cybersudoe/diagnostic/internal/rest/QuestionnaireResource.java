package org.cybersudoe.diagnostic.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.QuestionnaireService;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.rest.Bodies.QuestionnaireBody;
import org.cybersudoe.diagnostic.internal.rest.Bodies.QuestionnaireSummary;
import org.cybersudoe.web.Anonymous;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The questionnaires on offer, public so that a regional site can embed them; {@code ?lang=} or Accept-Language picks the texts. */
@Component(service = QuestionnaireResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/diagnostic/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
@Anonymous
@Tag(name = "diagnostic: questionnaires", description = "Self-diagnostic questionnaires: the general digital-maturity one and one per theme")
public class QuestionnaireResource {

    private final QuestionnaireService questionnaires;

    @Activate
    public QuestionnaireResource(@Reference QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GET
    @Operation(summary = "The questionnaires on offer (newest version of each), general first")
    public List<QuestionnaireSummary> list(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Language l = Bodies.language(lang, headers);
        return questionnaires.available().stream().map(q -> Bodies.summary(q, l)).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A questionnaire's newest version: levels, dimensions, questions with their options, ranges and weights")
    public QuestionnaireBody get(@PathParam("code") String code, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        return Bodies.body(questionnaires.current(code)
                .orElseThrow(() -> new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.questionnaire", code))),
                Bodies.language(lang, headers));
    }

    @GET
    @Path("{code}/versions/{version}")
    @Operation(summary = "A given version of a questionnaire, as long as the server has seen it (old assessments answered it)")
    public QuestionnaireBody version(@PathParam("code") String code, @PathParam("version") int version, @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        return Bodies.body(questionnaires.version(code, version).orElseThrow(() -> new NotFoundException(
                DiagnosticTexts.MESSAGES.text("error.not-found.questionnaire-version", code, version))), Bodies.language(lang, headers));
    }
}
