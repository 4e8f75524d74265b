package org.cybersudoe.diagnostic.internal.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.core.place.Places;
import org.cybersudoe.diagnostic.Assessment;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.AssessmentService;
import org.cybersudoe.diagnostic.AssessmentStatus;
import org.cybersudoe.diagnostic.DimensionScore;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.StartedAssessment;
import org.cybersudoe.diagnostic.internal.DiagnosticConfig;
import org.cybersudoe.diagnostic.internal.DiagnosticDatabase;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.assessments.AssessmentStore.Stored;
import org.cybersudoe.diagnostic.internal.jpa.AssessmentEntity;
import org.cybersudoe.diagnostic.internal.model.Answers;
import org.cybersudoe.diagnostic.internal.model.Scoring;
import org.cybersudoe.diagnostic.internal.peers.PeerStatistics;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireRegistry;
import org.cybersudoe.diagnostic.internal.recommend.Recommender;
import org.cybersudoe.diagnostic.internal.result.RadarChart;
import org.cybersudoe.diagnostic.internal.result.ResultPdf;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.DirectoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Assessments from start to result. Answers are checked against the version the assessment
 * started on; submission scores them once, stores the scores beside them and counts a directory
 * company's assessment into the peer statistics. Partner scope: only the staff of a company's
 * partner (or the lead partner) link an assessment to it or mark it; everyone who may read the
 * network reads company-linked results; anonymous ones are reachable only through their link.
 */
@Component(service = {AssessmentService.class, AssessmentServiceImpl.class}, configurationPid = DiagnosticConfig.PID)
@Designate(ocd = DiagnosticConfig.class)
public class AssessmentServiceImpl implements AssessmentService {

    private static final Pattern REGION = Pattern.compile("[A-Z]{2}[0-9A-Z]{1,2}");
    private static final Pattern NACE = Pattern.compile("[A-U]?[0-9]{2}(\\.[0-9]{1,2})?");
    private static final List<String> SIZES = List.of("micro", "small", "medium");
    /** Missions have days without a time zone: a submission's day is read where the network works, as the PDF prints it. */
    private static final ZoneId MISSION_ZONE = ZoneId.of("Europe/Paris");

    private final DiagnosticDatabase db;
    private final QuestionnaireRegistry questionnaires;
    private final DirectoryService directory;
    private final PeerStatistics peers;
    private final Recommender recommender;
    private final ResultPdf pdf = new ResultPdf();
    private final Tokens tokens = new Tokens();
    private volatile DiagnosticConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile MissionService missions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventService events;

    @Activate
    public AssessmentServiceImpl(@Reference DiagnosticDatabase db, @Reference QuestionnaireRegistry questionnaires,
            @Reference DirectoryService directory, @Reference PeerStatistics peers, @Reference Recommender recommender,
            DiagnosticConfig config) {
        this.db = db;
        this.questionnaires = questionnaires;
        this.directory = directory;
        this.peers = peers;
        this.recommender = recommender;
        this.config = config;
    }

    /** Outside OSGi (tests): the engagement area's services that marks are checked against. */
    public AssessmentServiceImpl withEngagement(MissionService missions, EventService events) {
        this.missions = missions;
        this.events = events;
        return this;
    }

    @Modified
    void modified(DiagnosticConfig config) {
        this.config = config;
    }

    /** The minimum cohort in force (never below {@link DiagnosticConfig#LOWEST_MINIMUM_COHORT}). */
    public int minimumCohort() {
        return Math.max(DiagnosticConfig.LOWEST_MINIMUM_COHORT, config.minimumCohort());
    }

    @Override
    public StartedAssessment start(Caller caller, AssessmentRequest request) {
        Begun begun = begin(caller, request);
        String token = tokens.next();
        Assessment a = db.txRetryingLockConflicts(em -> {
            AssessmentEntity e = begun.entity(Tokens.hash(token), caller);
            em.persist(e);
            em.flush();
            return AssessmentStore.assessment(e, Map.of());
        });
        return new StartedAssessment(a, token);
    }

    @Override
    public Assessment byToken(String token) {
        return load(idOf(token)).assessment();
    }

    @Override
    public Assessment saveAnswers(String token, Map<String, Object> answers) {
        long id = idOf(token);
        Map<String, String> normal = Answers.normalise(questionnaireOf(id), answers);
        return db.txRetryingLockConflicts(em -> {
            AssessmentEntity e = AssessmentStore.lockDraft(em, id);
            AssessmentStore.writeAnswers(em, id, normal);
            e.updatedAt = AssessmentStore.now();
            em.flush();
            return AssessmentStore.load(em, id).orElseThrow().assessment();
        });
    }

    @Override
    public AssessmentResult submit(String token) {
        long id = idOf(token);
        return submitDraft(id);
    }

    @Override
    public AssessmentResult submitComplete(Caller caller, AssessmentRequest request, Map<String, Object> answers, Milestone milestone) {
        // evaluators read the network but change nothing: submitting writes an assessment and moves the peer figures
        if (!(caller.isAdmin() || caller.has(Role.PARTNER_ADMIN) || caller.has(Role.PARTNER_STAFF))) {
            throw new org.cybersudoe.core.error.AccessDeniedException("forbidden",
                    DiagnosticTexts.MESSAGES.text("error.denied.submit-complete"));
        }
        Begun begun = begin(caller, request);
        Map<String, String> normal = Answers.normalise(begun.questionnaire(), answers, true);
        Validator v = new Validator();
        Answers.missingRequired(begun.questionnaire(), normal).forEach(f -> v.check(false, f.field(), f.code(), f::text));
        if (milestone != null) {
            v.check(begun.companyId() != null, "milestone", "invalid-value",
                    () -> DiagnosticTexts.MESSAGES.text("error.field.milestone-of-company"));
        }
        v.throwIfInvalid();
        if (milestone != null) {
            checkSubject(caller, begun.companyId(), milestone, java.time.Instant.now());
        }
        // the whole assessment commits at once: a refused one leaves nothing behind
        Stored stored = db.txRetryingLockConflicts(em -> {
            AssessmentEntity e = begun.entity(Tokens.hash(tokens.next()), caller);
            em.persist(e);
            em.flush();
            AssessmentStore.insertAnswers(em, e.id, normal);
            if (milestone != null) {
                e.milestone = milestone.moment().code();
                e.subjectKind = milestone.subject().code();
                e.subjectId = milestone.subjectId();
            }
            return score(em, e, begun.questionnaire(), normal);
        });
        return counted(stored);
    }

    @Override
    public AssessmentResult result(String token) {
        return result(load(idOf(token)));
    }

    @Override
    public AssessmentResult result(Caller caller, long assessmentId) {
        caller.requireNetworkRead();
        Stored s = db.tx(em -> AssessmentStore.load(em, assessmentId)).filter(x -> x.assessment().companyId() != null)
                .orElseThrow(() -> new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.assessment", assessmentId)));
        return result(s);
    }

    @Override
    public byte[] pdf(AssessmentResult result) {
        return pdf.render(result);
    }

    @Override
    public String radarSvg(AssessmentResult result) {
        return RadarChart.svg(result);
    }

    @Override
    public Assessment markMilestone(Caller caller, long assessmentId, Milestone milestone) {
        Stored s = db.tx(em -> AssessmentStore.load(em, assessmentId)).filter(x -> x.assessment().companyId() != null)
                .orElseThrow(() -> new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.assessment", assessmentId)));
        caller.requireChange(s.assessment().partner());
        if (milestone == null) {
            throw new ValidationException("milestone", "required",
                    DiagnosticTexts.MESSAGES.text("error.field.milestone-required",
                            "{moment: T0 or T1, subject: mission or event, subjectId}"));
        }
        if (s.assessment().status() != AssessmentStatus.SUBMITTED) {
            throw new ConflictException("status", DiagnosticTexts.MESSAGES.text("error.conflict.milestone-draft"));
        }
        Milestone present = s.assessment().milestone();
        if (present != null && !present.equals(milestone)) {
            throw alreadyMarked(present);
        }
        checkSubject(caller, s.assessment().companyId(), milestone, s.assessment().submittedAt());
        if (present == null) {
            db.tx(em -> {
                // only an unmarked row takes the mark, so that of two marks sent at once the second is refused, not kept
                int changed = em.createNativeQuery("UPDATE dia_assessment SET milestone = ?1, subject_kind = ?2, subject_id = ?3, "
                        + "version = version + 1 WHERE id = ?4 AND milestone IS NULL").setParameter(1, milestone.moment().code())
                        .setParameter(2, milestone.subject().code()).setParameter(3, milestone.subjectId()).setParameter(4, assessmentId)
                        .executeUpdate();
                if (changed == 0) {
                    Milestone now = AssessmentStore.load(em, assessmentId).orElseThrow().assessment().milestone();
                    if (!milestone.equals(now)) {
                        throw alreadyMarked(now);
                    }
                }
                return null;
            });
        }
        return load(assessmentId).assessment();
    }

    /** A mark is never replaced: the gain pairs a T0 with a T1, and a silent change would move published figures. */
    private static ConflictException alreadyMarked(Milestone present) {
        return new ConflictException("milestone", DiagnosticTexts.MESSAGES.text("error.conflict.milestone-set-" + present.subject().code(),
                present.moment().label(), String.valueOf(present.subjectId())));
    }

    /** The result of a stored assessment; a draft has none yet. */
    public AssessmentResult result(Stored s) {
        if (s.assessment().status() != AssessmentStatus.SUBMITTED) {
            throw new ConflictException("status", DiagnosticTexts.MESSAGES.text("error.conflict.result-draft"));
        }
        Questionnaire q = questionnaire(s.assessment());
        List<DimensionScore> ordered = q.dimensions().stream().map(d -> s.scores().stream()
                .filter(x -> x.dimension().equals(d.code())).findFirst().orElse(new DimensionScore(d.code(), null))).toList();
        DiagnosticConfig c = config;
        return new AssessmentResult(s.assessment(), q, s.overall(), Scoring.level(q, s.overall()), ordered,
                recommender.recommend(q, ordered, s.assessment().language(), c.weakDimensionBelow(), c.recommendedEvents()));
    }

    /** The stored assessment behind a resume link. */
    public Stored storedByToken(String token) {
        return load(idOf(token));
    }

    /** Every company-linked assessment of a company and questionnaire, submitted, oldest first. */
    public List<Stored> submittedOf(long companyId, String questionnaire) {
        return db.tx(em -> {
            List<Long> ids = em.createQuery("SELECT a.id FROM AssessmentEntity a WHERE a.companyId = :c AND a.questionnaire = :q "
                    + "AND a.status = 'submitted' ORDER BY a.submittedAt, a.id", Long.class).setParameter("c", companyId)
                    .setParameter("q", questionnaire).getResultList();
            return ids.stream().map(id -> AssessmentStore.load(em, id).orElseThrow()).toList();
        });
    }

    /** The scores of a result by dimension, with {@value PeerPosition#OVERALL}. */
    public static Map<String, BigDecimal> scoresOf(Stored s) {
        Map<String, BigDecimal> scores = new HashMap<>();
        scores.put(PeerPosition.OVERALL, s.overall());
        s.scores().forEach(d -> scores.put(d.dimension(), d.score()));
        return scores;
    }

    private AssessmentResult submitDraft(long id) {
        Questionnaire q = questionnaireOf(id);
        Stored stored = db.txRetryingLockConflicts(em -> {
            AssessmentEntity e = AssessmentStore.lockDraft(em, id);
            Map<String, String> answers = AssessmentStore.answers(em, id);
            List<org.cybersudoe.core.error.FieldError> missing = Answers.missingRequired(q, answers);
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            return score(em, e, q, answers);
        });
        return counted(stored);
    }

    /** Scores and submits {@code e}, and returns it as stored, so that nothing is read back after the commit. */
    private static Stored score(javax.persistence.EntityManager em, AssessmentEntity e, Questionnaire q, Map<String, String> answers) {
        Scoring.Scores scores = Scoring.score(q, answers);
        AssessmentStore.writeScores(em, e.id, scores.dimensions());
        e.overall = scores.overall();
        e.level = Scoring.level(q, scores.overall()).code();
        e.status = AssessmentStatus.SUBMITTED.code();
        e.submittedAt = AssessmentStore.now();
        e.updatedAt = e.submittedAt;
        Map<String, String> stored = new java.util.LinkedHashMap<>(answers);
        stored.values().removeIf(java.util.Objects::isNull);
        return new Stored(AssessmentStore.assessment(e, stored), e.overall, e.level, scores.dimensions());
    }

    /** Counts a just-submitted company assessment into the peer statistics, and returns its result. */
    private AssessmentResult counted(Stored s) {
        Assessment a = s.assessment();
        if (a.companyId() != null) {
            peers.submitted(a.questionnaire(), a.companyId(), new PeerStatistics.Scores(a.id(),
                    java.time.LocalDateTime.ofInstant(a.submittedAt(), java.time.ZoneOffset.UTC), a.profile(), scoresOf(s)));
        }
        return result(s);
    }

    /**
     * Checks that the subject is one the caller may see, of the company, and that the assessment's submission
     * ({@code submittedAt}) falls on the side of the subject's dates its moment says: T0 no later than the day it
     * begins, T1 no earlier than the day it ends.
     */
    private void checkSubject(Caller caller, long companyId, Milestone milestone, java.time.Instant submittedAt) {
        switch (milestone.subject()) {
            case MISSION -> {
                MissionService service = missions;
                if (service == null) {
                    throw new ValidationException("subjectId", "unavailable",
                            DiagnosticTexts.MESSAGES.text("error.field.missions-unavailable"));
                }
                Mission m = service.mission(caller, milestone.subjectId());
                if (m.companyId() != companyId) {
                    throw new ValidationException("subjectId", "invalid-value",
                            DiagnosticTexts.MESSAGES.text("error.field.mission-of-company", String.valueOf(milestone.subjectId()),
                                    String.valueOf(companyId)));
                }
                LocalDate submitted = submittedAt.atZone(MISSION_ZONE).toLocalDate();
                String id = String.valueOf(m.id());
                if (milestone.moment() == Milestone.Moment.BEFORE) {
                    // a mission not yet dated is still to come: any assessment so far is before it
                    if (m.start() != null && submitted.isAfter(m.start())) {
                        throw wrongMoment("error.field.moment.before-mission", submitted, id, m.start());
                    }
                } else {
                    LocalDate end = m.end() != null ? m.end() : m.start();
                    if (end == null) {
                        throw new ValidationException("moment", "invalid-value",
                                DiagnosticTexts.MESSAGES.text("error.field.moment.mission-undated", id));
                    }
                    if (submitted.isBefore(end)) {
                        throw wrongMoment("error.field.moment.after-mission", submitted, id, end);
                    }
                }
            }
            case EVENT -> {
                EventService service = events;
                if (service == null) {
                    throw new ValidationException("subjectId", "unavailable",
                            DiagnosticTexts.MESSAGES.text("error.field.events-unavailable"));
                }
                Event e = service.event(caller, milestone.subjectId());
                String id = String.valueOf(e.id());
                // the event's own days, in its own time zone
                if (milestone.moment() == Milestone.Moment.BEFORE) {
                    LocalDate start = e.start().toLocalDate();
                    LocalDate submitted = submittedAt.atZone(e.start().getZone()).toLocalDate();
                    if (submitted.isAfter(start)) {
                        throw wrongMoment("error.field.moment.before-event", submitted, id, start);
                    }
                } else {
                    LocalDate end = e.end().toLocalDate();
                    LocalDate submitted = submittedAt.atZone(e.end().getZone()).toLocalDate();
                    if (submitted.isBefore(end)) {
                        throw wrongMoment("error.field.moment.after-event", submitted, id, end);
                    }
                }
            }
        }
    }

    private static ValidationException wrongMoment(String key, LocalDate submitted, String subjectId, LocalDate subjectDate) {
        // ISO dates as text: MessageFormat would otherwise print them in no language's usual way
        return new ValidationException("moment", "invalid-value",
                DiagnosticTexts.MESSAGES.text(key, submitted.toString(), subjectId, subjectDate.toString()));
    }

    /** The questionnaire version an assessment answers, read without its answers and scores. */
    private Questionnaire questionnaireOf(long id) {
        AssessmentEntity e = db.tx(em -> em.find(AssessmentEntity.class, id));
        if (e == null) {
            throw new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.assessment", id));
        }
        return questionnaires.version(e.questionnaire, e.questionnaireVersion).orElseThrow(() -> new IllegalStateException(
                "questionnaire " + e.questionnaire + " version " + e.questionnaireVersion + " of assessment " + id + " is not stored"));
    }

    private Questionnaire questionnaire(Assessment a) {
        return questionnaires.version(a.questionnaire(), a.questionnaireVersion())
                .orElseThrow(() -> new IllegalStateException("questionnaire " + a.questionnaire() + " version " + a.questionnaireVersion()
                        + " of assessment " + a.id() + " is not stored"));
    }

    private long idOf(String token) {
        if (!Tokens.wellFormed(token)) {
            throw new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.assessment-link"));
        }
        return db.tx(em -> AssessmentStore.idByTokenHash(em, Tokens.hash(token)))
                .orElseThrow(() -> new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.assessment-link")));
    }

    private Stored load(long id) {
        return db.tx(em -> AssessmentStore.load(em, id))
                .orElseThrow(() -> new NotFoundException(DiagnosticTexts.MESSAGES.text("error.not-found.assessment", id)));
    }

    /** What a start request resolves to before anything is written. */
    private record Begun(Questionnaire questionnaire, Language language, Long companyId, String partner, Profile profile) {
        AssessmentEntity entity(String tokenHash, Caller caller) {
            AssessmentEntity e = new AssessmentEntity();
            e.tokenHash = tokenHash;
            e.questionnaire = questionnaire.code();
            e.questionnaireVersion = questionnaire.version();
            e.language = language.code();
            e.companyId = companyId;
            e.partner = partner;
            e.country = profile.country();
            e.region = profile.region();
            e.nace = profile.nace();
            e.size = profile.size();
            e.status = AssessmentStatus.DRAFT.code();
            e.createdBy = caller.roles().isEmpty() ? null : caller.login();
            e.createdAt = AssessmentStore.now();
            e.updatedAt = e.createdAt;
            e.version = 1;
            return e;
        }
    }

    private Begun begin(Caller caller, AssessmentRequest request) {
        Validator v = new Validator();
        v.required("questionnaire", request == null ? null : request.questionnaire());
        v.required("language", request == null ? null : request.language());
        v.throwIfInvalid();
        Questionnaire q = questionnaires.current(request.questionnaire()).orElseThrow(() -> new ValidationException("questionnaire",
                "unknown", DiagnosticTexts.MESSAGES.text("error.field.questionnaire-unavailable", request.questionnaire())));
        if (request.companyId() != null) {
            Company c = directory.company(caller, request.companyId());
            caller.requireChange(c.partner());
            return new Begun(q, request.language(), c.id(), c.partner(),
                    new Profile(c.country(), c.region(), c.nace(), c.size() == null ? null : c.size().code()));
        }
        Profile p = request.profile() == null ? Profile.UNKNOWN : request.profile();
        Profile normal = new Profile(upper(p.country()), upper(p.region()), upper(p.nace()), lower(p.size()));
        v.checkIfPresent(normal.country(), Places::isCountry, "profile.country", "invalid-value",
                () -> DiagnosticTexts.MESSAGES.text("error.field.profile.country"));
        v.checkIfPresent(normal.region(), r -> REGION.matcher(r).matches(), "profile.region", "invalid-value",
                () -> DiagnosticTexts.MESSAGES.text("error.field.profile.region"));
        v.checkIfPresent(normal.region(), r -> Places.isNutsOf(r, normal.country()), "profile.region",
                "invalid-value", () -> DiagnosticTexts.MESSAGES.text("error.field.profile.region-of-country"));
        v.checkIfPresent(normal.nace(), n -> NACE.matcher(n).matches(), "profile.nace", "invalid-value",
                () -> DiagnosticTexts.MESSAGES.text("error.field.profile.nace"));
        v.checkIfPresent(normal.size(), SIZES::contains, "profile.size", "invalid-value",
                () -> DiagnosticTexts.MESSAGES.text("error.field.size"));
        v.throwIfInvalid();
        return new Begun(q, request.language(), null, null, normal);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
