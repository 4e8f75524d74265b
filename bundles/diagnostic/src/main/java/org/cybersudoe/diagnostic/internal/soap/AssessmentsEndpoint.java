package org.cybersudoe.diagnostic.internal.soap;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.AssessmentService;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.PeerService;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.web.SoapCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Completed assessments from regional systems: answered elsewhere, submitted here in one call,
 * scored as if taken on the platform. Needs a partner account; a company's assessment needs the
 * staff of its partner.
 */
@Component(service = AssessmentsEndpoint.class, property = "cybersudoe.soap.path=/diagnostic/assessments")
@WebService(serviceName = "Assessments", portName = "AssessmentsPort", targetNamespace = AssessmentsEndpoint.NAMESPACE,
        name = "Assessments")
public class AssessmentsEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:diagnostic:assessments:1";

    private final AssessmentService assessments;
    private final PeerService peers;

    @Activate
    public AssessmentsEndpoint(@Reference AssessmentService assessments, @Reference PeerService peers) {
        this.assessments = assessments;
        this.peers = peers;
    }

    /** One answer: an option code, option codes separated by commas, a number, yes/no or not-relevant. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "answer", namespace = NAMESPACE)
    public static class AnswerInfo {
        public String question;
        public String value;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "dimensionScore", namespace = NAMESPACE)
    public static class ScoreInfo {
        public String dimension;
        /** Absent when the dimension was not relevant. */
        public BigDecimal score;
        /** The percentile in the whole network; absent when withheld (cohort below the minimum). */
        public BigDecimal networkPercentile;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "assessmentResult", namespace = NAMESPACE)
    public static class ResultInfo {
        public long assessmentId;
        public String questionnaire;
        public int questionnaireVersion;
        public BigDecimal overall;
        public String level;
        public List<ScoreInfo> dimension;
    }

    @WebMethod
    @WebResult(name = "result")
    public ResultInfo submitAssessment(@WebParam(name = "questionnaire") String questionnaire, @WebParam(name = "language") String language,
            @WebParam(name = "companyId") Long companyId, @WebParam(name = "country") String country,
            @WebParam(name = "region") String region, @WebParam(name = "nace") String nace, @WebParam(name = "size") String size,
            @WebParam(name = "answer") List<AnswerInfo> answers, @WebParam(name = "milestone") String moment,
            @WebParam(name = "subject") String subject, @WebParam(name = "subjectId") Long subjectId) {
        Language l = Language.fromCode(language == null ? "" : language)
                .orElseThrow(() -> new ValidationException("language", "invalid-value",
                        DiagnosticTexts.MESSAGES.text("error.field.language")));
        Map<String, Object> given = new LinkedHashMap<>();
        if (answers != null) {
            for (AnswerInfo a : answers) {
                if (a == null || a.question == null) {
                    throw new ValidationException("answer.question", "required",
                            DiagnosticTexts.MESSAGES.text("error.field.answer-question"));
                }
                if (given.put(a.question, a.value) != null) {
                    throw new ValidationException("answers." + a.question, "duplicate",
                            DiagnosticTexts.MESSAGES.text("error.field.answered-twice"));
                }
            }
        }
        Milestone milestone = null;
        if (moment != null) {
            milestone = new Milestone(Milestone.Moment.fromCode(moment)
                    .orElseThrow(() -> new ValidationException("milestone", "invalid-value",
                            DiagnosticTexts.MESSAGES.text("error.field.milestone"))),
                    Milestone.Subject.fromCode(subject == null ? "" : subject)
                            .orElseThrow(() -> new ValidationException("subject", "invalid-value",
                                    DiagnosticTexts.MESSAGES.text("error.field.subject"))),
                    subjectId == null ? 0 : subjectId);
        }
        AssessmentResult r = assessments.submitComplete(SoapCallers.current(),
                new AssessmentRequest(questionnaire, l, companyId, new Profile(country, region, nace, size)), given, milestone);
        ResultInfo info = new ResultInfo();
        info.assessmentId = r.assessment().id();
        info.questionnaire = r.questionnaire().code();
        info.questionnaireVersion = r.questionnaire().version();
        info.overall = r.overall();
        info.level = r.level().code();
        PeerPosition position = companyId == null ? null : peers.ofCompany(SoapCallers.current(), companyId, questionnaire);
        info.dimension = r.dimensions().stream().map(d -> {
            ScoreInfo s = new ScoreInfo();
            s.dimension = d.dimension();
            s.score = d.score();
            s.networkPercentile = position == null ? null : position.cohorts().stream()
                    .filter(c -> c.kind() == org.cybersudoe.diagnostic.CohortKind.NETWORK).flatMap(c -> c.percentiles().stream())
                    .filter(p -> p.dimension().equals(d.dimension()) && p.percentile() != null).map(PeerPosition.Percentile::percentile)
                    .findFirst().orElse(null);
            return s;
        }).toList();
        return info;
    }
}
