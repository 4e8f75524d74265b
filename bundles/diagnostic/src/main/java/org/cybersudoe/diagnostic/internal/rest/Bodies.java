package org.cybersudoe.diagnostic.internal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.diagnostic.Assessment;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.Dimension;
import org.cybersudoe.diagnostic.GainFigure;
import org.cybersudoe.diagnostic.Level;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.Question;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.QuestionnaireService;
import org.cybersudoe.diagnostic.Recommendation;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.model.Answers;

/** The JSON bodies of the diagnostic's REST resources; texts in one language, the one asked for. */
final class Bodies {

    static final String BASE = "/api/v1/diagnostic";

    private Bodies() {
    }

    public record QuestionnaireSummary(String code, int version, String theme, String title, String description, int questions,
            List<String> dimensions) {
    }

    public record QuestionnaireBody(String code, int version, String theme, String language, String title, String description,
            List<LevelBody> levels, List<DimensionBody> dimensions) {
    }

    public record LevelBody(String code, BigDecimal from, String title, String description) {
    }

    public record DimensionBody(String code, String title, double weight, String theme, List<QuestionBody> questions) {
    }

    public record OptionBody(String code, String text, int score, boolean exclusive) {
    }

    public record QuestionBody(String code, String type, String text, String help, boolean required, boolean notRelevantAllowed,
            double weight, List<OptionBody> options, BigDecimal min, BigDecimal max, String minLabel, String maxLabel, String unit) {
    }

    public record ProfileBody(String country, String region, String nace, String size) {
    }

    public record StartBody(String questionnaire, String language, Long companyId, ProfileBody profile) {
    }

    public record MilestoneBody(String moment, String subject, Long subjectId) {
    }

    public record AssessmentBody(long id, String questionnaire, int questionnaireVersion, String language, Long companyId,
            String partner, ProfileBody profile, String status, Map<String, Object> answers, int questions, MilestoneBody milestone,
            Instant createdAt, Instant updatedAt, Instant submittedAt) {
    }

    public record StartedBody(String token, String resumeUrl, String answersUrl, String submitUrl, AssessmentBody assessment) {
    }

    public record AnswersBody(Map<String, Object> answers) {
    }

    public record DimensionResultBody(String code, String title, BigDecimal score) {
    }

    public record ResultBody(long assessmentId, String questionnaire, int questionnaireVersion, String title, String language,
            Long companyId, Instant submittedAt, BigDecimal overall, LevelBody level, List<DimensionResultBody> dimensions,
            List<Recommendation> recommendations, MilestoneBody milestone, Map<String, String> links) {
    }

    public record PercentileBody(String dimension, BigDecimal score, BigDecimal percentile, boolean withheld) {
    }

    public record CohortBody(String kind, String key, Integer companies, boolean withheld, List<PercentileBody> percentiles) {
    }

    public record PeersBody(long assessmentId, String questionnaire, int minimumCohort, List<CohortBody> cohorts) {
    }

    public record GainBody(String questionnaire, String subject, int pairs, boolean withheld, int minimumCohort, BigDecimal overall,
            Map<String, BigDecimal> byDimension) {
    }

    static String text(LocalizedText t, Language language) {
        return t == null ? null : t.resolve(language).orElse(null);
    }

    static QuestionnaireSummary summary(Questionnaire q, Language l) {
        return new QuestionnaireSummary(q.code(), q.version(), q.theme(), text(q.title(), l), text(q.description(), l),
                (int) q.questions().count(), q.dimensions().stream().map(Dimension::code).toList());
    }

    static QuestionnaireBody body(Questionnaire q, Language l) {
        return new QuestionnaireBody(q.code(), q.version(), q.theme(), l.code(), text(q.title(), l), text(q.description(), l),
                q.levels().stream().map(x -> level(x, l)).toList(),
                q.dimensions().stream().map(d -> new DimensionBody(d.code(), text(d.title(), l), d.weight(), d.theme(),
                        d.questions().stream().map(x -> question(x, l)).toList())).toList());
    }

    static LevelBody level(Level x, Language l) {
        return new LevelBody(x.code(), x.from(), text(x.title(), l), text(x.description(), l));
    }

    static QuestionBody question(Question q, Language l) {
        return new QuestionBody(q.code(), q.type().code(), text(q.text(), l), text(q.help(), l), q.required(), q.notRelevantAllowed(),
                q.weight(), q.options().stream().map(o -> new OptionBody(o.code(), text(o.text(), l), o.score(), o.exclusive())).toList(),
                q.min(), q.max(), text(q.minLabel(), l), text(q.maxLabel(), l), text(q.unit(), l));
    }

    /** The answers in the JSON types they are sent in (lists, numbers), read against the version the assessment answers. */
    static AssessmentBody body(Assessment a, QuestionnaireService questionnaires) {
        Profile p = a.profile();
        Questionnaire q = questionnaires.version(a.questionnaire(), a.questionnaireVersion()).orElse(null);
        Map<String, Object> answers = new TreeMap<>();
        a.answers().forEach((code, stored) -> answers.put(code, q == null ? stored
                : q.question(code).map(question -> Answers.asSent(question, stored)).orElse(stored)));
        return new AssessmentBody(a.id(), a.questionnaire(), a.questionnaireVersion(), a.language().code(), a.companyId(), a.partner(),
                new ProfileBody(p.country(), p.region(), p.nace(), p.size()), a.status().code(), answers,
                q == null ? 0 : (int) q.questions().count(), milestone(a.milestone()), a.createdAt(), a.updatedAt(), a.submittedAt());
    }

    static MilestoneBody milestone(Milestone m) {
        return m == null ? null : new MilestoneBody(m.moment().label(), m.subject().code(), m.subjectId());
    }

    static ResultBody body(AssessmentResult r, Map<String, String> links) {
        Language l = r.assessment().language();
        Questionnaire q = r.questionnaire();
        return new ResultBody(r.assessment().id(), q.code(), q.version(), text(q.title(), l), l.code(), r.assessment().companyId(),
                r.assessment().submittedAt(), r.overall(), level(r.level(), l),
                r.dimensions().stream().map(d -> new DimensionResultBody(d.dimension(),
                        q.dimension(d.dimension()).map(x -> text(x.title(), l)).orElse(d.dimension()), d.score())).toList(),
                r.recommendations(), milestone(r.assessment().milestone()), links);
    }

    static PeersBody body(PeerPosition p) {
        return new PeersBody(p.assessmentId(), p.questionnaire(), p.minimumCohort(), p.cohorts().stream()
                .map(c -> new CohortBody(c.kind().code(), c.key(), c.companies(), c.withheld(), c.percentiles().stream()
                        .map(x -> new PercentileBody(x.dimension(), x.score(), x.percentile(), x.withheld())).toList()))
                .toList());
    }

    static GainBody body(GainFigure g, int minimumCohort) {
        return new GainBody(g.questionnaire(), g.subject() == null ? null : g.subject().code(), g.pairs(), g.withheld(), minimumCohort,
                g.overall(), g.byDimension());
    }

    static AssessmentRequest request(StartBody b) {
        if (b == null) {
            throw new ValidationException("body", "required",
                    DiagnosticTexts.MESSAGES.text("error.field.start-body", "{questionnaire, language, companyId or profile}"));
        }
        Language language = b.language() == null ? null : Language.fromCode(b.language())
                .orElseThrow(() -> new ValidationException("language", "invalid-value",
                        DiagnosticTexts.MESSAGES.text("error.field.language")));
        ProfileBody p = b.profile();
        return new AssessmentRequest(b.questionnaire(), language, b.companyId(),
                p == null ? null : new Profile(p.country(), p.region(), p.nace(), p.size()));
    }

    static Milestone milestone(MilestoneBody b) {
        if (b == null) {
            return null;
        }
        var moment = Milestone.Moment.fromCode(b.moment() == null ? "" : b.moment())
                .orElseThrow(() -> new ValidationException("moment", "invalid-value",
                        DiagnosticTexts.MESSAGES.text("error.field.moment")));
        var subject = Milestone.Subject.fromCode(b.subject() == null ? "" : b.subject())
                .orElseThrow(() -> new ValidationException("subject", "invalid-value",
                        DiagnosticTexts.MESSAGES.text("error.field.subject")));
        if (b.subjectId() == null) {
            throw new ValidationException("subjectId", "required", DiagnosticTexts.MESSAGES.text("error.field.subject-id"));
        }
        return new Milestone(moment, subject, b.subjectId());
    }

    static Language language(String lang, javax.ws.rs.core.HttpHeaders headers) {
        if (lang != null && !lang.isBlank()) {
            return Language.fromCode(lang)
                    .orElseThrow(() -> new ValidationException("lang", "invalid-value", DiagnosticTexts.MESSAGES.text("error.field.language")));
        }
        return org.cybersudoe.web.RestParams.language(headers);
    }
}
